import Link from "next/link";
import type { ContactSend, ContactTickets } from "@/lib/contacts/get-contact";
import { historyHref } from "@/lib/history/filter-schema";
import {
  isRecipientStatus,
  isSendKind,
  kindLabels,
  recipientStatusLabels,
} from "@/lib/history/constants";
import { ticketHref } from "@/lib/tickets/board-filters";
import { boardStatusLabels } from "@/lib/tickets/types";
import { formatDateTime } from "@/lib/time/format";

const sectionClass = "rounded-lg border border-slate-200 bg-white p-4";

export function ContactSends({
  sends,
  digits,
  timeZone,
}: {
  sends: ContactSend[];
  digits: string;
  timeZone: string;
}) {
  return (
    <section aria-labelledby="sends-heading" className={sectionClass}>
      <div className="flex items-center justify-between gap-2">
        <h2 id="sends-heading" className="text-lg font-semibold">
          Sends
        </h2>
        <Link
          href={historyHref({ recipient: digits })}
          className="text-sm text-brand-700 underline"
        >
          All sends to this number in History
        </Link>
      </div>
      {sends.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">Nothing was sent to this number yet.</p>
      ) : (
        <table className="mt-2 w-full text-left text-sm">
          <caption className="sr-only">Sends to this number, newest first</caption>
          <thead className="text-slate-600">
            <tr>
              <th scope="col" className="py-1 pr-3 font-medium">
                Time
              </th>
              <th scope="col" className="py-1 pr-3 font-medium">
                Message
              </th>
              <th scope="col" className="py-1 font-medium">
                Result
              </th>
            </tr>
          </thead>
          <tbody>
            {sends.map((send) => (
              <tr key={`${send.sendId}`} className="border-t border-slate-100">
                <td className="whitespace-nowrap py-1 pr-3">
                  <Link href={`/history/${send.sendId}`} className="text-brand-700 underline">
                    {formatDateTime(send.at, timeZone)}
                  </Link>
                </td>
                <td className="py-1 pr-3">
                  {isSendKind(send.kind) ? kindLabels[send.kind] : send.kind}
                  {send.summary ? ` · ${send.summary}` : ""}
                </td>
                <td className="py-1">
                  {isRecipientStatus(send.status)
                    ? recipientStatusLabels[send.status]
                    : send.status}
                  {send.errorCode ? ` (${send.errorCode})` : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function ContactTicketList({
  tickets,
  timeZone,
}: {
  tickets: ContactTickets;
  timeZone: string;
}) {
  return (
    <section aria-labelledby="tickets-heading" className={sectionClass}>
      <h2 id="tickets-heading" className="text-lg font-semibold">
        Helpdesk tickets
      </h2>
      {!tickets.ok ? (
        <p role="alert" className="mt-2 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          {tickets.message}
        </p>
      ) : tickets.tickets.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">
          This customer has no helpdesk tickets from the last {tickets.days} days.
        </p>
      ) : (
        <ul aria-label="Tickets" className="mt-2 flex flex-col gap-1 text-sm">
          {tickets.tickets.map((t) => (
            <li key={t.code}>
              <Link href={ticketHref(t.code)} className="text-brand-700 underline">
                Ticket #{t.code}
              </Link>{" "}
              · {boardStatusLabels[t.status]}
              {t.createdAt ? ` · opened ${formatDateTime(t.createdAt, timeZone)}` : ""}
              {t.problem ? ` · ${t.problem}` : ""}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
