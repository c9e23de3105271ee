import Link from "next/link";
import { composerHref } from "@/lib/tickets/composer-link";
import { customerWindow, formatRemaining } from "@/lib/tickets/customer-window";
import { formatDateTime } from "@/lib/time/format";

/**
 * The link to the composer, addressed to the customer, with what WhatsApp's 24-hour rule allows
 * right now (judged from this ticket's messages).
 */
export function CustomerWindowHint({
  customerNumber,
  showLink,
  ticketCode,
  lastCustomerMessageAt,
  now,
  timeZone,
}: {
  customerNumber: string | null;
  /** Viewers cannot send, so they only read the hint. */
  showLink: boolean;
  ticketCode: string;
  lastCustomerMessageAt: string | null;
  now: Date;
  timeZone: string;
}) {
  const rule = customerWindow(lastCustomerMessageAt, now);
  return (
    <div className="flex flex-col gap-2 rounded-md border border-slate-200 bg-white p-3">
      {!showLink ? null : customerNumber ? (
        <Link
          href={composerHref(customerNumber, ticketCode)}
          className="self-start rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
        >
          Message customer in composer
        </Link>
      ) : (
        <p className="text-sm text-slate-600">This ticket has no customer number to message.</p>
      )}
      <p
        data-testid="window-hint"
        className={rule.open ? "text-sm text-slate-700" : "text-sm font-medium text-amber-800"}
      >
        {rule.open
          ? `The customer wrote ${formatDateTime(lastCustomerMessageAt ?? now, timeZone)}: free-form messages are allowed for another ${formatRemaining(rule.remainingMs)}.`
          : rule.lastCustomerMessageAt
            ? `Only a template can be sent now: the customer's last message (${formatDateTime(rule.lastCustomerMessageAt, timeZone)}) is more than 24 hours old.`
            : "Only a template can be sent now: the customer has not written in this ticket."}
      </p>
    </div>
  );
}
