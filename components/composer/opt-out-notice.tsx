"use client";

// Said under the recipients when some of them opted out: Kabar will refuse them. An agent removes
// them (one click); an admin may instead give the reason to send anyway, which the audit trail
// keeps per number.
import { useTranslations } from "next-intl";
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
  const t = useTranslations("composer.optOut");
  if (optedOut.length === 0) return null;
  const count = optedOut.length;
  return (
    <div
      role="status"
      className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
    >
      <p>
        <strong>{t("heading", { count })}</strong>{" "}
        {canOverride ? t("adminCan", { count }) : t("agentCan", { count })}
      </p>
      <ul className="flex flex-col gap-0.5 text-xs">
        {optedOut.map((o) => (
          <li key={o.e164}>
            <span className="font-mono">{o.e164}</span>
            {t("since", { when: formatDateTime(o.optedOutAt) })}
            {optOutSourceLabels[o.source] ?? o.source}
            {o.ticketCode ? ` (#${o.ticketCode})` : ""}
            {o.reason ? `. “${o.reason}”` : ""}
          </li>
        ))}
      </ul>
      <div>
        <button type="button" onClick={onRemove} className={buttonClass.secondary}>
          {t("remove", { count })}
        </button>
      </div>
      {canOverride ? (
        <TextField name="optOutOverrideReason" label={t("reasonLabel")} hint={t("reasonHint")} />
      ) : null}
    </div>
  );
}
