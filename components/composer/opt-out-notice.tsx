"use client";

// Said under the recipients when some of them opted out: Kabar will refuse them. An agent removes
// them (one click); an admin may instead give the reason to send anyway, which the audit trail
// keeps per number.
import { optOutSourceLabels } from "@/lib/contacts/list-item";
import type { OptOutLookup } from "@/lib/opt-outs/opt-out-lookup-schema";
import { formatDateTime } from "@/lib/time/format";
import { buttonClass } from "@/components/ui/styles";
import { TextField } from "./bound-fields";

export function OptOutNotice({
  optedOut,
  canOverride,
  onRemove,
}: {
  optedOut: OptOutLookup[];
  canOverride: boolean;
  onRemove: () => void;
}) {
  if (optedOut.length === 0) return null;
  const one = optedOut.length === 1;
  return (
    <div
      role="status"
      className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
    >
      <p>
        <strong>
          {one ? "1 recipient opted out" : `${optedOut.length} recipients opted out`}.
        </strong>{" "}
        Kabar does not send to {one ? "it" : "them"}
        {canOverride
          ? ": remove " + (one ? "it" : "them") + ", or give the reason to send anyway."
          : ": remove " + (one ? "it" : "them") + ". An admin can send anyway with a reason."}
      </p>
      <ul className="flex flex-col gap-0.5 text-xs">
        {optedOut.map((o) => (
          <li key={o.e164}>
            <span className="font-mono">{o.e164}</span>, since {formatDateTime(o.optedOutAt)}:{" "}
            {optOutSourceLabels[o.source] ?? o.source}
            {o.ticketCode ? ` (#${o.ticketCode})` : ""}
            {o.reason ? `. “${o.reason}”` : ""}
          </li>
        ))}
      </ul>
      <div>
        <button type="button" onClick={onRemove} className={buttonClass.secondary}>
          {one ? "Remove the opted-out number" : "Remove the opted-out numbers"}
        </button>
      </div>
      {canOverride ? (
        <TextField
          name="optOutOverrideReason"
          label="Reason to send to opted-out numbers (admins)"
          hint="Kept in the audit trail for each number, for example: the customer asked for this invoice by phone"
        />
      ) : null}
    </div>
  );
}
