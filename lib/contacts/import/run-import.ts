import "server-only";
import { rm } from "node:fs/promises";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";
import { createBulkPhoneNormalizer } from "@/lib/phone/bulk-normalize";
import {
  createRowReport,
  fileSource,
  mapRow,
  openSpreadsheet,
  readPhoneCell,
  SpreadsheetError,
  type RowReport,
  type SheetEvent,
} from "@/lib/spreadsheet";
import { MAX_ATTRIBUTE_VALUE_LENGTH, MAX_NAME_LENGTH, parseTagList } from "../schema";
import { applyContactsImport, applyOptOutsImport } from "./apply-import";
import type { ImportKind } from "./fields";
import { importSettingsSchema, type ImportSettings } from "./mapping-json";
import { clearStaged, stageBatch, type StagedRow } from "./stage-rows";
import { reportPathOf } from "./storage";

type Counts = {
  rowsRead: number;
  staged: number;
  rejected: number;
  skipped: number;
  noted: number;
};

const MAX_REASON_LENGTH = 500;

/** One data row → a staged row, or the sentence why it is refused. */
function stageRow(
  kind: ImportKind,
  cells: string[],
  numberCells: boolean[],
  rowNumber: number,
  settings: ImportSettings,
  normalize: ReturnType<typeof createBulkPhoneNormalizer>,
): { ok: true; row: StagedRow; note?: string } | { ok: false; reason: string } {
  const mapped = mapRow(cells, settings.columns);
  const phoneColumn = mapped.fieldColumns.phone ?? -1;
  const phone = readPhoneCell(mapped.fields.phone ?? "", {
    storedAsNumber: numberCells[phoneColumn] ?? false,
    normalize,
  });
  if (!phone.ok) return { ok: false, reason: phone.message };
  const name = mapped.fields.name ?? null;
  if (name && name.length > MAX_NAME_LENGTH)
    return { ok: false, reason: `The name is longer than ${MAX_NAME_LENGTH} characters.` };
  for (const [key, value] of Object.entries(mapped.attributes)) {
    if (value.length > MAX_ATTRIBUTE_VALUE_LENGTH)
      return {
        ok: false,
        reason: `The value of “${key}” is longer than ${MAX_ATTRIBUTE_VALUE_LENGTH.toLocaleString("en")} characters.`,
      };
  }
  const reason = mapped.fields.reason?.slice(0, MAX_REASON_LENGTH) ?? null;
  return {
    ok: true,
    row: {
      e164: phone.e164,
      rowNumber,
      name: kind === "contacts" ? name : null,
      reason: kind === "opt_outs" ? reason : null,
      attributes: kind === "contacts" ? mapped.attributes : {},
      tags:
        kind === "contacts"
          ? [...new Set([...parseTagList(mapped.fields.tags ?? ""), ...settings.tagAll])]
          : [],
    },
    note: phone.note,
  };
}

async function fail(importId: string, message: string) {
  await db.contactImport.updateMany({
    where: { id: importId, status: { in: ["staging", "applying"] } },
    data: { status: "failed", errorMessage: message, finishedAt: new Date() },
  });
  await clearStaged(db, importId);
}

/** After a cancel: nothing staged stays. */
async function cleanUpCancelled(importId: string, filePath: string) {
  await clearStaged(db, importId);
  await rm(filePath, { force: true });
}

async function stageEvents(
  events: SheetEvent[],
  ctx: {
    kind: ImportKind;
    settings: ImportSettings;
    report: RowReport;
    counts: Counts;
    normalize: ReturnType<typeof createBulkPhoneNormalizer>;
  },
): Promise<StagedRow[]> {
  const rows: StagedRow[] = [];
  for (const event of events) {
    if (event.kind === "empty") {
      ctx.counts.skipped += 1;
      await ctx.report.add(event.rowNumber, "skipped", "The row is empty.", []);
      continue;
    }
    ctx.counts.rowsRead += 1;
    if (event.kind === "malformed") {
      ctx.counts.rejected += 1;
      await ctx.report.add(event.rowNumber, "rejected", event.message, event.cells);
      continue;
    }
    const { rowNumber, cells, numberCells } = event.row;
    const staged = stageRow(ctx.kind, cells, numberCells, rowNumber, ctx.settings, ctx.normalize);
    if (!staged.ok) {
      ctx.counts.rejected += 1;
      await ctx.report.add(rowNumber, "rejected", staged.reason, cells);
      continue;
    }
    if (staged.note) {
      ctx.counts.noted += 1;
      await ctx.report.add(rowNumber, "noted", staged.note, cells);
    }
    rows.push(staged.row);
  }
  return rows;
}

/**
 * Reads the whole file into the staging tables (batch by batch, with progress and a heartbeat
 * after each), then applies it in one transaction. A cancel between batches, a crash or an
 * unreadable file leaves contacts exactly as they were.
 */
export async function runContactImport(importId: string): Promise<void> {
  const job = await db.contactImport.findUnique({ where: { id: importId } });
  if (!job || job.status !== "staging") return;
  const kind = job.kind as ImportKind;
  const settings = importSettingsSchema.parse(JSON.parse(job.mapping ?? "{}"));
  const counts: Counts = { rowsRead: 0, staged: 0, rejected: 0, skipped: 0, noted: 0 };
  let report: RowReport | null = null;
  try {
    const opened = await openSpreadsheet(fileSource(job.filePath, job.fileName), {
      header: settings.header,
    });
    report = createRowReport(
      reportPathOf(importId),
      opened.info.columns.map((c) => c.name),
    );
    const normalize = createBulkPhoneNormalizer();
    const ctx = { kind, settings, report, counts, normalize };
    for await (const batch of opened.batches) {
      const rows = await stageEvents(batch, ctx);
      const progress = (stagedNew: number) => Prisma.sql`
        UPDATE "ContactImport" SET "bytesRead" = ${opened.bytesRead()}, "rowsRead" = ${counts.rowsRead},
          "staged" = ${counts.staged + stagedNew}, "rejected" = ${counts.rejected}, "skipped" = ${counts.skipped},
          "noted" = ${counts.noted}, "heartbeatAt" = ${new Date()}
        WHERE "id" = ${importId} AND "status" = 'staging'`;
      const staged = await stageBatch(db, importId, rows, progress);
      counts.staged += staged.stagedNew;
      for (const merged of staged.merged.sort((a, b) => a.rowNumber - b.rowNumber)) {
        counts.noted += 1;
        await report.add(
          merged.rowNumber,
          "noted",
          `This row has the same phone number as row ${merged.firstRowNumber}; the two rows were merged into one.`,
          [],
        );
      }
      if (!staged.running) {
        await opened.batches.return(undefined);
        await report.close();
        await cleanUpCancelled(importId, job.filePath);
        return;
      }
    }
    await report.close();
    const now = new Date();
    const moved = await db.contactImport.updateMany({
      where: { id: importId, status: "staging" },
      data: { status: "applying", heartbeatAt: now, ...counts, bytesRead: job.fileSize },
    });
    if (moved.count === 0) return cleanUpCancelled(importId, job.filePath);
    const applied =
      kind === "contacts"
        ? await applyContactsImport(db, importId, now)
        : await applyOptOutsImport(db, importId, now, {
            userId: job.createdById,
            defaultReason: `Listed in ${job.fileName}`,
          });
    await clearStaged(db, importId);
    await rm(job.filePath, { force: true });
    if (applied) {
      const actor = job.createdById
        ? await db.user.findUnique({
            where: { id: job.createdById },
            select: { id: true, email: true },
          })
        : null;
      await recordAuditEvent({
        action: "contacts.imported",
        actor,
        target: `import ${importId}`,
        detail: { kind, fileName: job.fileName, ...counts, ...applied },
      });
    }
  } catch (error) {
    await report?.close().catch(() => undefined);
    if (error instanceof SpreadsheetError) return fail(importId, error.message);
    logger.error("contact import failed", { importId, error });
    await fail(
      importId,
      "Kabar failed while importing this file; nothing was imported. Try again, and if it happens again, tell your administrator.",
    );
  }
}
