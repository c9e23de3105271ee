import { useLocale } from "next-intl";
import Link from "next/link";
import { DataTable, rowClass } from "@/components/ui/data-table";
import { formatDateTime } from "@/lib/time/format";
import { isSendKind, kindLabels } from "@/lib/vocabulary/sends";
import { describeSendErrorCode } from "@/lib/wording/describe-failure";
import type { SendListItem } from "@/lib/history/send-list-item";
import { OutcomeBadge } from "./badges";
import { RecipientResults } from "./recipient-results";

const headers = ["Time", "Sender", "User", "Message", "Recipients", "Outcome"];

export function HistoryTable({ rows, timeZone }: { rows: SendListItem[]; timeZone: string }) {
  return (
    <DataTable caption="Sends, newest first" columns={headers}>
      {rows.map((row) => (
        <HistoryRow key={row.id} row={row} timeZone={timeZone} />
      ))}
    </DataTable>
  );
}

function HistoryRow({ row, timeZone }: { row: SendListItem; timeZone: string }) {
  const locale = useLocale();
  const when = formatDateTime(row.createdAt, timeZone, locale);
  return (
    <tr className={rowClass} data-send-id={row.id}>
      <th scope="row" className="whitespace-nowrap px-3 py-2 font-normal">
        <Link
          href={`/history/${row.id}`}
          className="font-medium text-brand-700 underline-offset-2 hover:underline"
          aria-label={`Details of the send of ${when}`}
        >
          {when}
        </Link>
        {row.attempts > 1 ? (
          <p className="text-xs text-slate-500">{row.attempts} attempts</p>
        ) : null}
      </th>
      <td className="px-3 py-2">
        <p>{row.sender.label}</p>
        {row.sender.number ? <p className="text-xs text-slate-500">{row.sender.number}</p> : null}
        {row.sender.removed ? <p className="text-xs text-slate-500">removed</p> : null}
      </td>
      <td className="px-3 py-2">
        {row.user ? (
          <span title={row.user.email}>{row.user.name}</span>
        ) : (
          <span className="text-slate-500">—</span>
        )}
      </td>
      <td className="max-w-xs px-3 py-2">
        <p className="font-medium">
          {isSendKind(row.kind) ? kindLabels[row.kind] : row.kind}
          {row.templateName ? (
            <span className="ml-1 font-mono text-xs font-normal">{row.templateName}</span>
          ) : null}
        </p>
        {row.summary ? <p className="truncate text-slate-600">{row.summary}</p> : null}
        {row.ticketCode ? <p className="text-xs text-slate-500">Ticket {row.ticketCode}</p> : null}
      </td>
      <td className="px-3 py-2">
        <RecipientResults
          recipients={row.recipients}
          counts={row.statusCounts}
          total={row.recipientCount}
        />
      </td>
      <td className="px-3 py-2">
        <OutcomeBadge outcome={row.outcome} />
        {row.errorCode ? (
          <p className="mt-1 text-xs text-slate-600">
            <span className="font-mono">{row.errorCode}</span> ·{" "}
            {describeSendErrorCode(row.errorCode).title}
          </p>
        ) : null}
      </td>
    </tr>
  );
}
