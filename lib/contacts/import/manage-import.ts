import "server-only";
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import type { Actor } from "@/lib/auth/actor";
import { ExpectedError, NotFoundError } from "@/lib/errors/expected-error";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { fileSource, mappingProblems, previewSpreadsheet } from "@/lib/spreadsheet";
import { importFields, type ImportKind } from "./fields";
import type { ImportSettings } from "./mapping-json";
import { runContactImport } from "./run-import";
import { clearStaged } from "./stage-rows";
import { reportPathOf } from "./storage";
import type { ImportProgress, ImportStatus } from "./view";

/** A running import touches its heartbeat after every batch; this long without one, it stopped. */
export const STALE_IMPORT_MS = 60_000;

const INTERRUPTED =
  "Kabar stopped while importing this file, so nothing was imported. Start the import again.";

/**
 * Starts reading and applying an import with the chosen columns. The work runs in the
 * background: `runLater` runs the worker after the answer (next/server's after() in the action);
 * the browser follows its progress.
 */
export async function startImport(
  importId: string,
  settings: ImportSettings,
  actor: Actor,
  runLater: (work: () => Promise<void>) => void,
): Promise<ImportProgress> {
  const job = await db.contactImport.findUnique({ where: { id: importId } });
  if (!job) throw new NotFoundError("This import");
  if (job.status !== "uploaded")
    throw new ExpectedError("import_started", "This import has already started.");
  const { info } = await previewSpreadsheet(fileSource(job.filePath, job.fileName), {
    header: settings.header,
    rows: 1,
  });
  const problems = mappingProblems(
    settings.columns,
    info.columns,
    importFields[job.kind as ImportKind],
  );
  if (Object.keys(problems).length > 0) {
    const fieldErrors = Object.fromEntries(
      Object.entries(problems).map(([key, message]) => [
        key === "_form" ? "_form" : `columns.${key}`,
        [message],
      ]),
    );
    throw new ExpectedError("invalid_mapping", problems._form ?? "Some columns need attention.", {
      fieldErrors,
    });
  }
  const { count } = await db.contactImport.updateMany({
    where: { id: importId, status: "uploaded" },
    data: {
      status: "staging",
      header: settings.header,
      mapping: JSON.stringify(settings),
      heartbeatAt: new Date(),
      createdById: actor.user.id,
    },
  });
  if (count === 0) throw new ExpectedError("import_started", "This import has already started.");
  runLater(() => runContactImport(importId));
  return getImportProgress(importId);
}

/** Cancels an import that is not being applied yet; whatever it staged is removed. */
export async function cancelImport(importId: string, actor: Actor): Promise<ImportProgress> {
  const { count } = await db.contactImport.updateMany({
    where: { id: importId, status: { in: ["uploaded", "staging"] } },
    data: { status: "cancelled", finishedAt: new Date() },
  });
  if (count === 0) {
    const job = await db.contactImport.findUnique({
      where: { id: importId },
      select: { status: true },
    });
    if (!job) throw new NotFoundError("This import");
    if (job.status === "applying")
      throw new ExpectedError(
        "import_applying",
        "The contacts are being saved right now (it takes a few seconds), so the import can no longer be cancelled.",
      );
    return getImportProgress(importId);
  }
  // The worker removes staged rows too when it sees the cancel; this covers a worker that died.
  await clearStaged(db, importId);
  const job = await db.contactImport.findUniqueOrThrow({ where: { id: importId } });
  await rm(job.filePath, { force: true });
  await recordAuditEvent({
    action: "contacts.import_cancelled",
    actor: actor.user,
    target: `import ${importId}`,
    ip: actor.ip,
    detail: { fileName: job.fileName, rowsRead: job.rowsRead },
  });
  return getImportProgress(importId);
}

/** Imports whose worker stopped (crash, restart) are failed and their staged rows removed. */
export async function recoverInterruptedImports(now = new Date()): Promise<number> {
  const stale = await db.contactImport.findMany({
    where: {
      status: { in: ["staging", "applying"] },
      heartbeatAt: { lt: new Date(now.getTime() - STALE_IMPORT_MS) },
    },
    select: { id: true, filePath: true },
  });
  for (const job of stale) {
    const { count } = await db.contactImport.updateMany({
      where: { id: job.id, status: { in: ["staging", "applying"] } },
      data: { status: "failed", errorMessage: INTERRUPTED, finishedAt: now },
    });
    if (count > 0) {
      await clearStaged(db, job.id);
      await rm(job.filePath, { force: true });
    }
  }
  return stale.length;
}

export async function getImportProgress(importId: string): Promise<ImportProgress> {
  await recoverInterruptedImports();
  const job = await db.contactImport.findUnique({ where: { id: importId } });
  if (!job) throw new NotFoundError("This import");
  const status = job.status as ImportStatus;
  const finished = status === "done" || status === "applying";
  return {
    id: job.id,
    kind: job.kind as ImportKind,
    fileName: job.fileName,
    status,
    fraction: finished ? 1 : job.fileSize > 0 ? Math.min(1, job.bytesRead / job.fileSize) : 0,
    rowsRead: job.rowsRead,
    staged: job.staged,
    rejected: job.rejected,
    skipped: job.skipped,
    noted: job.noted,
    created: job.created,
    updated: job.updated,
    errorMessage: job.errorMessage,
    hasReport: job.rejected + job.skipped + job.noted > 0 && existsSync(reportPathOf(job.id)),
  };
}

/** The report file of an import, for the download route. */
export async function importReportPath(
  importId: string,
): Promise<{ path: string; fileName: string }> {
  const job = await db.contactImport.findUnique({
    where: { id: importId },
    select: { fileName: true },
  });
  const path = reportPathOf(importId);
  if (!job || !existsSync(path)) throw new NotFoundError("This report");
  const base =
    job.fileName
      .replace(/\.[^.]+$/, "")
      .replace(/[^\w.-]+/g, "_")
      .slice(0, 80) || "import";
  return { path, fileName: `${base}-rows-report.csv` };
}
