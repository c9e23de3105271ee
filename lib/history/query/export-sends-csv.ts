// The CSV export of a history filter as an async generator of text chunks: it pages through the
// database by cursor, a batch at a time, so memory stays flat however many rows match. The route
// streams these chunks; the benchmark drains them into a null sink to measure memory.
import Papa from "papaparse";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/create-client";
import { outcomeLabels, isSendOutcome, isSendKind, kindLabels } from "@/lib/vocabulary/sends";
import { describeSendErrorCode } from "@/lib/wording/describe-failure";
import { createZonedTimestamp } from "@/lib/time/zoned-timestamp";
import type { SendConditions } from "./send-conditions";
import { selectSends, type SendRow } from "./select-sends";

export const EXPORT_BATCH_SIZE = 1000;

export interface ExportOptions {
  timeZone: string;
  environmentSender: { label: string; number: string | null };
  batchSize?: number;
}

export function exportColumns(timeZone: string): string[] {
  return [
    `Time (${timeZone})`,
    "Time (UTC)",
    "Send ID",
    "Outcome",
    "Kind",
    "Template",
    "Summary",
    "Sender",
    "Sender number",
    "User",
    "User email",
    "Recipients",
    "Sent",
    "Not sent",
    "Recipient results",
    "Damcorp said",
    "Error code",
    "Reason",
    "Attempts",
    "Ticket",
    "Idempotency key",
    "Completed (UTC)",
  ];
}

interface RecipientLine {
  sendId: string;
  to: string;
  status: string;
  errorCode: string | null;
  damcorpMessage: string | null;
}

// Spreadsheet programs run cells that start with = + - @ as formulas: papaparse quotes them.
const unparseConfig = { newline: "\r\n", escapeFormulae: true, header: false } as const;

async function selectRecipientLines(
  db: Db,
  sendIds: string[],
): Promise<Map<string, RecipientLine[]>> {
  const out = new Map<string, RecipientLine[]>();
  if (sendIds.length === 0) return out;
  const rows = await db.$queryRaw<RecipientLine[]>`
    SELECT "sendId", "to", "status", "errorCode", "damcorpMessage" FROM "SendRecipient"
    WHERE "sendId" IN (${Prisma.join(sendIds)}) ORDER BY "sendId", "id"`;
  for (const row of rows) {
    const list = out.get(row.sendId) ?? [];
    list.push(row);
    out.set(row.sendId, list);
  }
  return out;
}

function recipientResult(r: RecipientLine): string {
  if (r.status === "sent") return `${r.to} sent`;
  const code = r.errorCode && r.errorCode !== r.status ? ` ${r.errorCode}` : "";
  return `${r.to} ${r.status}${code}`;
}

/** Damcorp's own words per recipient (its `error_msg`), beside Kabar's reason, as it said them. */
function damcorpSaid(recipients: RecipientLine[]): string {
  return recipients
    .filter((r) => r.damcorpMessage)
    .map((r) => `${r.to}: ${r.damcorpMessage}`)
    .join("; ");
}

function toRecord(
  row: SendRow,
  recipients: RecipientLine[],
  options: ExportOptions,
  zoned: (date: Date) => string,
): (string | number)[] {
  const sent = recipients.filter((r) => r.status === "sent").length;
  const sender = row.senderNumberId
    ? { label: row.senderLabel ?? "", number: row.senderNumber ?? "" }
    : { label: options.environmentSender.label, number: options.environmentSender.number ?? "" };
  return [
    zoned(row.createdAt),
    row.createdAt.toISOString(),
    row.id,
    isSendOutcome(row.outcome) ? outcomeLabels[row.outcome] : row.outcome,
    isSendKind(row.kind) ? kindLabels[row.kind] : row.kind,
    row.templateName ?? "",
    row.summary ?? "",
    sender.label,
    sender.number,
    row.userName ?? "",
    row.userEmail ?? "",
    row.recipientCount,
    sent,
    recipients.length - sent,
    recipients.map(recipientResult).join("; "),
    damcorpSaid(recipients),
    row.errorCode ?? "",
    row.errorCode ? describeSendErrorCode(row.errorCode).meaning : "",
    row.attempts,
    row.ticketCode ?? "",
    row.idempotencyKey,
    row.completedAt ? row.completedAt.toISOString() : "",
  ];
}

/** Yields the CSV: a UTF-8 byte-order mark and the header first, then one chunk per batch. */
export async function* exportSendsCsv(
  db: Db,
  conditions: SendConditions,
  options: ExportOptions,
): AsyncGenerator<string, void, undefined> {
  const batchSize = options.batchSize ?? EXPORT_BATCH_SIZE;
  const zoned = createZonedTimestamp(options.timeZone);
  // The mark lets spreadsheet programs read the UTF-8 text (names, emoji) correctly.
  yield `\uFEFF${Papa.unparse([exportColumns(options.timeZone)], unparseConfig)}\r\n`;
  let after: SendRow | undefined;
  for (;;) {
    const rows = await selectSends(
      db,
      conditions,
      after ? { after: { at: after.createdAt, id: after.id } } : {},
      batchSize,
    );
    if (rows.length === 0) return;
    const recipients = await selectRecipientLines(
      db,
      rows.map((r) => r.id),
    );
    const records = rows.map((row) => toRecord(row, recipients.get(row.id) ?? [], options, zoned));
    yield `${Papa.unparse(records, unparseConfig)}\r\n`;
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1];
  }
}
