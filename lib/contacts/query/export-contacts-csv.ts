// The contacts export as an async generator of CSV text: a batch of contacts at a time by id
// (keyset), with their tags, attributes (one column per attribute name) and opt-out state, so
// memory stays flat however many contacts match.
import Papa from "papaparse";
import { csvOutConfig } from "@/lib/spreadsheet/csv-out";
import type { Db } from "@/lib/db/create-client";
import { optOutSourceLabels } from "../list-item";
import type { ContactFilter } from "../schema";
import { selectAttributes, selectContacts, selectTags, type ContactRow } from "./select-contacts";

export const CONTACT_EXPORT_BATCH = 1000;

export const contactExportColumns = [
  "Phone number",
  "Name",
  "Tags",
  "Opted out",
  "Opted out at (UTC)",
  "Opt-out source",
  "Opt-out reason",
  "Opt-out ticket",
  "Created (UTC)",
  "Updated (UTC)",
];

const iso = (date: Date | null) => (date ? new Date(date).toISOString() : "");

function toRecord(
  row: ContactRow,
  tags: string[],
  attributes: Record<string, string>,
  keys: string[],
): string[] {
  const optedOut = row.optOutState === "opted_out";
  return [
    row.e164,
    row.name ?? "",
    tags.join(", "),
    optedOut ? "Yes" : "No",
    optedOut ? iso(row.optedOutAt) : "",
    optedOut && row.optOutSource ? (optOutSourceLabels[row.optOutSource] ?? row.optOutSource) : "",
    optedOut ? (row.optOutReason ?? "") : "",
    optedOut ? (row.optOutTicket ?? "") : "",
    iso(row.createdAt),
    iso(row.updatedAt),
    ...keys.map((key) => attributes[key] ?? ""),
  ];
}

/** Yields the CSV: a UTF-8 byte-order mark and the header first, then one chunk per batch. */
export async function* exportContactsCsv(
  db: Db,
  filter: ContactFilter,
  options: { batchSize?: number } = {},
): AsyncGenerator<string, void, undefined> {
  const batchSize = options.batchSize ?? CONTACT_EXPORT_BATCH;
  const keys = (
    await db.contactAttribute.findMany({
      distinct: ["key"],
      select: { key: true },
      orderBy: { key: "asc" },
    })
  ).map((k) => k.key);
  yield `\uFEFF${Papa.unparse([[...contactExportColumns, ...keys]], csvOutConfig)}\r\n`;
  let after: string | undefined;
  for (;;) {
    const rows = await selectContacts(db, filter, { after }, batchSize);
    if (rows.length === 0) return;
    const ids = rows.map((r) => r.id);
    const [tags, attributes] = await Promise.all([selectTags(db, ids), selectAttributes(db, ids)]);
    const records = rows.map((row) =>
      toRecord(row, tags.get(row.id) ?? [], attributes.get(row.id) ?? {}, keys),
    );
    yield `${Papa.unparse(records, csvOutConfig)}\r\n`;
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1]!.id;
  }
}
