import "server-only";
import { rename, rm } from "node:fs/promises";
import { ExpectedError, NotFoundError } from "@/lib/errors/expected-error";
import { db } from "@/lib/db/client";
import { createBulkPhoneNormalizer } from "@/lib/phone/bulk-normalize";
import {
  fileSource,
  previewSpreadsheet,
  readPhoneCell,
  SpreadsheetError,
  suggestMapping,
  type HeaderChoice,
  type SheetEvent,
} from "@/lib/spreadsheet";
import { importFields, type ImportKind } from "./fields";
import { ensureImportsDir, uploadPathOf } from "./storage";
import type { ImportPreview } from "./view";

const SAMPLE_ROWS = 5;

function sampleOf(events: SheetEvent[]): ImportPreview["sample"] {
  return events.flatMap((e) => {
    if (e.kind === "row") return [{ rowNumber: e.row.rowNumber, cells: e.row.cells }];
    if (e.kind === "malformed")
      return [{ rowNumber: e.rowNumber, cells: e.cells, problem: e.message }];
    return [];
  });
}

/** Without a header, the column whose sample cells are phone numbers is the phone column. */
function phoneColumnOf(sample: ImportPreview["sample"]) {
  const normalize = createBulkPhoneNormalizer();
  return (index: number) => {
    const cells = sample.map((row) => row.cells[index] ?? "").filter((c) => c.trim() !== "");
    const phones = cells.filter((c) => readPhoneCell(c, { storedAsNumber: false, normalize }).ok);
    return cells.length > 0 && phones.length * 2 >= cells.length ? "phone" : undefined;
  };
}

async function previewFile(
  importId: string,
  kind: ImportKind,
  fileName: string,
  path: string,
  header: HeaderChoice,
): Promise<ImportPreview> {
  const { info, sample: events } = await previewSpreadsheet(fileSource(path, fileName), {
    header,
    rows: SAMPLE_ROWS,
  });
  const sample = sampleOf(events);
  return {
    importId,
    kind,
    fileName,
    info,
    sample,
    suggestion: suggestMapping(info.columns, importFields[kind], {
      headerPresent: info.header.present,
      looksLike: phoneColumnOf(sample),
    }),
  };
}

const asExpected = (error: unknown) =>
  error instanceof SpreadsheetError ? new ExpectedError("unreadable_file", error.message) : error;

/** A file just uploaded: read its start, remember it as an import waiting for its columns. */
export async function createImport(input: {
  kind: ImportKind;
  fileName: string;
  tempPath: string;
  size: number;
  userId: string;
}): Promise<ImportPreview> {
  const row = await db.contactImport.create({
    data: {
      kind: input.kind,
      fileName: input.fileName,
      filePath: "",
      fileSize: input.size,
      createdById: input.userId,
    },
  });
  const path = uploadPathOf(row.id);
  try {
    await ensureImportsDir();
    await rename(input.tempPath, path);
    await db.contactImport.update({ where: { id: row.id }, data: { filePath: path } });
    return await previewFile(row.id, input.kind, input.fileName, path, "auto");
  } catch (error) {
    await rm(input.tempPath, { force: true });
    await rm(path, { force: true });
    await db.contactImport.update({
      where: { id: row.id },
      data: {
        status: "failed",
        errorMessage: error instanceof Error ? error.message : "The file could not be read.",
        finishedAt: new Date(),
      },
    });
    throw asExpected(error);
  }
}

/** The same file read again with the person's answer to "does the first row hold names?". */
export async function previewImport(
  importId: string,
  header: HeaderChoice,
): Promise<ImportPreview> {
  const row = await db.contactImport.findUnique({ where: { id: importId } });
  if (!row) throw new NotFoundError("This import");
  if (row.status !== "uploaded")
    throw new ExpectedError(
      "import_started",
      "This import has already started. Upload the file again to change its columns.",
    );
  try {
    return await previewFile(row.id, row.kind as ImportKind, row.fileName, row.filePath, header);
  } catch (error) {
    throw asExpected(error);
  }
}
