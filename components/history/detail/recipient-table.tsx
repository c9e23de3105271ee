import { DamcorpSaid } from "@/components/ui/damcorp-said";
import { DataTable, rowClass } from "@/components/ui/data-table";
import { describeRecipientResult } from "@/lib/wording/describe-failure";
import type { SendDetail } from "@/lib/history/get-send-detail";
import { RecipientResultBadge } from "../badges";
import { displayNumber } from "@/lib/phone/display-number";

/** Each recipient's own result with what it means in plain words. */
export function RecipientTable({ send }: { send: SendDetail }) {
  const hidden = send.recipientCount - send.recipients.length;
  return (
    <section aria-labelledby="recipients-heading" className="flex flex-col gap-2">
      <h2 id="recipients-heading" className="text-lg font-semibold">
        Recipients ({send.recipientCount.toLocaleString("en")})
      </h2>
      <DataTable
        caption="Result per recipient"
        columns={["Number", "Result", "Message ID", "What it means"]}
      >
        {send.recipients.map((r) => {
          const reason = describeRecipientResult(r.status, r.errorCode);
          return (
            <tr key={r.to} className={rowClass}>
              <th scope="row" className="px-3 py-2 font-mono text-xs font-normal">
                {displayNumber(r.to)}
              </th>
              <td className="px-3 py-2">
                <RecipientResultBadge status={r.status} errorCode={r.errorCode} />
              </td>
              <td className="break-all px-3 py-2 font-mono text-xs">{r.msgId ?? "—"}</td>
              <td className="px-3 py-2">
                {reason ? (
                  <>
                    <strong>{reason.title}.</strong> {reason.meaning}{" "}
                    <span className="text-slate-600">{reason.action}</span>
                  </>
                ) : (
                  "Damcorp accepted the message for this number."
                )}
                {r.damcorpMessage ? (
                  <DamcorpSaid message={r.damcorpMessage} className="mt-1 block text-slate-700" />
                ) : null}
              </td>
            </tr>
          );
        })}
      </DataTable>
      {hidden > 0 ? (
        <p className="text-sm text-slate-600">
          The first {send.recipients.length.toLocaleString("en")} are listed;{" "}
          {hidden.toLocaleString("en")} more are in the CSV export of History (column
          &ldquo;Recipient results&rdquo;).
        </p>
      ) : null}
    </section>
  );
}
