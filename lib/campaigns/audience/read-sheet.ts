// One spreadsheet of an audience (an uploaded CSV/XLSX or rows pasted from a spreadsheet
// program), read by the spreadsheet kernel exactly as the contacts import reads it: encodings,
// `;` and tab separators, a missing header row, Excel's mangled numbers, malformed rows. The
// phone and name columns come from the operator, or are suggested from the header names (the
// contacts import's aliases) or, without a header, from what the first rows hold.
import { importFields } from "@/lib/contacts/import/fields";
import { createBulkPhoneNormalizer } from "@/lib/phone/bulk-normalize";
import {
  openSpreadsheet,
  readPhoneCell,
  suggestMapping,
  textSource,
  type HeaderChoice,
  type SheetEvent,
  type SheetRow,
  type SpreadsheetInfo,
  type SpreadsheetSource,
} from "@/lib/spreadsheet";
import type { AudienceCollector } from "./collect";
import type { AudienceSourceKind } from "./types";

const audienceFields = importFields.contacts.filter((f) => f.key !== "tags");

export type SheetColumns = {
  header: HeaderChoice;
  phoneColumn: number | null;
  nameColumn: number | null;
};

export type SheetSummary = {
  info: SpreadsheetInfo;
  /** null only when no column could be taken for the numbers (SheetColumnsError). */
  phoneColumn: number | null;
  nameColumn: number | null;
  /** The first rows as read, for the audience step to show. */
  sample: { rowNumber: number; cells: string[] }[];
};

/** Without a header: the column most of whose first cells are phone numbers. */
function phoneColumnOf(rows: SheetRow[]) {
  const normalize = createBulkPhoneNormalizer();
  return (index: number) => {
    const cells = rows
      .slice(0, 20)
      .map((row) => row.cells[index] ?? "")
      .filter((c) => c.trim() !== "");
    const phones = cells.filter(
      (c) => readPhoneCell(c, { storedAsNumber: false, normalize }).ok,
    ).length;
    return cells.length > 0 && phones * 2 >= cells.length ? "phone" : undefined;
  };
}

function chooseColumns(info: SpreadsheetInfo, first: SheetRow[], choice: SheetColumns) {
  const suggested = suggestMapping(info.columns, audienceFields, {
    headerPresent: info.header.present,
    looksLike: phoneColumnOf(first),
  });
  const fieldAt = (key: string) =>
    suggested.findIndex((t) => t.kind === "field" && t.field === key);
  const inRange = (index: number | null) =>
    index !== null && index < info.columns.length ? index : null;
  const phone = inRange(choice.phoneColumn) ?? (fieldAt("phone") >= 0 ? fieldAt("phone") : null);
  const name = inRange(choice.nameColumn) ?? (fieldAt("name") >= 0 ? fieldAt("name") : null);
  return { phone, name: name === phone ? null : name };
}

/** The reason a sheet cannot be an audience yet, in words for the audience step. */
export class SheetColumnsError extends Error {
  constructor(readonly summary: SheetSummary) {
    super(
      "Kabar could not tell which column holds the phone numbers. Choose the phone number column.",
    );
    this.name = "SheetColumnsError";
  }
}

/**
 * Reads every row of a sheet into the collector. Throws SpreadsheetError for a file that cannot
 * be read at all, SheetColumnsError when no column can be taken for the numbers.
 */
export async function readSheetInto(
  collector: AudienceCollector,
  spreadsheet: SpreadsheetSource,
  choice: SheetColumns,
  from: { source: AudienceSourceKind; sourceIndex: number },
): Promise<SheetSummary> {
  const opened = await openSpreadsheet(spreadsheet, { header: choice.header });
  const { info } = opened;
  const names = info.columns.map((c) => c.name);
  const pending: SheetEvent[] = [];
  try {
    // The first rows decide the suggested columns (a file without header). Read by hand: a
    // `break` out of for-await would close the generator before the rest is read.
    let rowsSeen = 0;
    while (rowsSeen < 20) {
      const next = await opened.batches.next();
      if (next.done) break;
      pending.push(...next.value);
      rowsSeen += next.value.filter((e) => e.kind === "row").length;
    }
    const firstRows = pending.flatMap((e) => (e.kind === "row" ? [e.row] : []));
    const sample = pending
      .flatMap((e) =>
        e.kind === "row"
          ? [{ rowNumber: e.row.rowNumber, cells: e.row.cells }]
          : e.kind === "malformed"
            ? [{ rowNumber: e.rowNumber, cells: e.cells }]
            : [],
      )
      .slice(0, 5);
    const columns = chooseColumns(info, firstRows, choice);
    if (columns.phone === null)
      throw new SheetColumnsError({ info, phoneColumn: null, nameColumn: columns.name, sample });
    const phoneAt = columns.phone;
    const nameAt = columns.name;

    const take = (event: SheetEvent) => {
      if (event.kind === "empty") return;
      if (event.kind === "malformed") {
        collector.reject({
          ...from,
          sourceRow: event.rowNumber,
          code: "malformed",
          reason: event.message,
          cells: event.cells,
        });
        return;
      }
      const { row } = event;
      const cells: Record<string, string> = {};
      row.cells.forEach((cell, i) => {
        const value = cell.trim();
        if (i !== phoneAt && value !== "") cells[names[i]!] = value;
      });
      const name = nameAt === null ? "" : (row.cells[nameAt] ?? "").trim();
      collector.add({
        ...from,
        sourceRow: row.rowNumber,
        phone: row.cells[phoneAt] ?? "",
        phoneStoredAsNumber: row.numberCells[phoneAt] ?? false,
        ...(name ? { name } : {}),
        columns: cells,
        attributes: {},
        cells: row.cells,
      });
    };
    collector.offer({ columns: names.filter((_, i) => i !== phoneAt) });
    for (const event of pending) take(event);
    for await (const batch of opened.batches) for (const event of batch) take(event);
    return { info, phoneColumn: phoneAt, nameColumn: nameAt, sample };
  } finally {
    await opened.batches.return(undefined);
  }
}

/** Pasted rows as a spreadsheet source (the kernel finds the tab separator and the header). */
export const pastedSource = (text: string) => textSource(text, "pasted.txt");
