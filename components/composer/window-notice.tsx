"use client";

// WhatsApp's 24-hour rule, said before sending: a session message reaches only customers who
// wrote in the last 24 hours. Looked up in the helpdesk; when it cannot tell, that is said too.
// It never blocks the send (Damcorp decides, answering 470) but offers a template instead.
import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { fetchCustomerWindows } from "@/browser/composer/fetch-customer-windows";
import { MAX_WINDOW_NUMBERS, type CustomerWindow } from "@/lib/composer/customer-window-schema";
import { composerKeys } from "@/lib/composer/query-keys";
import { ageOf } from "@/lib/time/format";
import { buttonClass } from "@/components/ui/styles";

function lastWrote(w: CustomerWindow): string {
  switch (w.state) {
    case "unknown":
      return "unknown";
    case "no_recent":
      return `no conversation in the helpdesk in the last ${w.lookbackDays} days`;
    case "open":
    case "closed":
      return `last wrote ${ageOf(w.lastCustomerMessageAt)} ago`;
  }
}

/** "This customer" for one of one, else "2 of 3 recipients". */
function who(count: number, total: number, one: string, many: string): string {
  return count === total && total === 1 ? one : `${count} of ${total} ${many}`;
}

export function WindowNotice({
  numbers,
  ticketCode,
  onSwitchToTemplate,
}: {
  /** E.164 recipients of a session (non-template) message. */
  numbers: string[];
  ticketCode?: string;
  onSwitchToTemplate: () => void;
}) {
  const checked = numbers.slice(0, MAX_WINDOW_NUMBERS);
  // "Check again" asks the helpdesk anew, past the server's short cache.
  const [rechecks, setRechecks] = useState(0);
  const query = useQuery({
    queryKey: composerKeys.customerWindow(checked, ticketCode, rechecks),
    queryFn: ({ signal }) =>
      fetchCustomerWindows(checked, { ticketCode, fresh: rechecks > 0, signal }),
    enabled: checked.length > 0,
    staleTime: 30_000,
    retry: false,
  });
  if (checked.length === 0) return null;

  const switchButton = (
    <button type="button" onClick={onSwitchToTemplate} className={buttonClass.secondary}>
      Switch to a template
    </button>
  );
  const recheck = (
    <button type="button" onClick={() => setRechecks((n) => n + 1)} className={buttonClass.small}>
      Check again
    </button>
  );

  if (query.isPending) {
    return (
      <p role="status" className="text-sm text-slate-600">
        Checking when {checked.length === 1 ? "this customer" : "these customers"} last wrote…
      </p>
    );
  }
  if (query.isError) {
    return (
      <div
        role="status"
        className="flex flex-col gap-2 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm"
      >
        <p>
          <strong>24-hour rule: unknown.</strong> Kabar could not check when the customer last wrote
          ({query.error.message}). If it was more than 24 hours ago, Damcorp will refuse this
          message; a template reaches them in any case.
        </p>
        <div className="flex gap-2">{switchButton}</div>
      </div>
    );
  }

  const windows = query.data;
  const closed = windows.filter((w) => w.state === "closed");
  const noRecent = windows.filter((w) => w.state === "no_recent");
  const unknown = windows.filter((w) => w.state === "unknown");
  const flagged = [...closed, ...noRecent, ...unknown];
  if (flagged.length === 0) {
    return (
      <p role="status" className="rounded-md bg-brand-50 p-2 text-sm text-brand-900">
        ✓ {windows.length === 1 ? "The customer wrote" : "Every recipient wrote"} within the last 24
        hours, so this message can reach {windows.length === 1 ? "them" : "them all"}.
      </p>
    );
  }
  return (
    <div
      role="status"
      aria-label="24-hour rule"
      className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
    >
      {closed.length > 0 ? (
        <p>
          <strong>Outside the 24-hour window.</strong>{" "}
          {who(closed.length, windows.length, "This customer has", "recipients have")} not written
          in the last 24 hours, so WhatsApp allows only an approved template. Damcorp will refuse
          this message for them (error 470).
        </p>
      ) : null}
      {noRecent.length > 0 ? (
        <p>
          <strong>No recent conversation found in the helpdesk</strong> for{" "}
          {who(noRecent.length, windows.length, "this customer", "recipients")}, so Kabar does not
          know when they last wrote. A session message may be refused (error 470) if they have not
          written in the last 24 hours; a template reaches them in any case.
        </p>
      ) : null}
      {unknown.length > 0 ? (
        <p>
          <strong>24-hour rule: unknown</strong> for{" "}
          {unknown.length === windows.length ? "the recipients" : `${unknown.length} recipients`}.{" "}
          {unknown[0]?.state === "unknown" ? unknown[0].reason : null} If they have not written in
          the last 24 hours, Damcorp will refuse this message.
        </p>
      ) : null}
      <ul className="list-disc pl-5 text-xs">
        {flagged.slice(0, 5).map((w) => (
          <li key={w.number}>
            <span className="font-mono">{w.number}</span>: {lastWrote(w)}
          </li>
        ))}
        {flagged.length > 5 ? <li>and {flagged.length - 5} more</li> : null}
      </ul>
      <div className="flex flex-wrap items-center gap-2">
        {switchButton}
        {recheck}
      </div>
    </div>
  );
}
