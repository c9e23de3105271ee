// The import's crash test (issue 16): the process that imports (a real child process running
// runContactImport) is killed with SIGKILL at the worst moments, while staging a large file and
// in the middle of the one transaction that applies it, then the import is looked at again and
// run again. Counted in the database: no contact, attribute or tag of the file (the contacts it
// would update exactly as they were), nothing left staged, the import shown as interrupted once
// nothing works on it (never "importing"), and the same file imported again gives each number
// exactly once with the file's values.
import type { ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeAll, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import {
  getImportProgress,
  recoverInterruptedImports,
  STALE_IMPORT_MS,
  startImport,
} from "./manage-import";
import { importSettingsSchema } from "./mapping-json";
import { createImport } from "./preview-import";
import { runContactImport } from "./run-import";
import { until as waitUntil } from "@/tests/support/wait-until";
import { exited, killGroup, startContactImportProcess } from "@/tests/support/worker-process";

const until = <T>(read: () => Promise<T>, done: (value: T) => boolean, what: string) =>
  waitUntil(read, done, what, { timeoutMs: 120_000, everyMs: 10 });

let actor: Actor;
beforeAll(async () => {
  const user = await db.user.create({
    data: {
      email: "crash-importer@test.kabar",
      name: "Importer",
      role: "admin",
      passwordHash: "x",
    },
  });
  actor = {
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: "admin",
      sessionId: "t",
      timeZone: "Asia/Jakarta",
    },
    ip: null,
  };
});

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) killGroup(child, "SIGKILL");
});

function startImportProcess(importId: string): ChildProcess {
  const child = startContactImportProcess(importId);
  children.push(child);
  return child;
}

async function killAndWait(child: ChildProcess) {
  killGroup(child, "SIGKILL");
  await exited(child);
}

const ROWS = 40_000;
/** Numbers +62812<prefix>00000… with a city and a tag; the first `known` rows are contacts already. */
function numberOf(prefix: string, i: number) {
  return `+62812${prefix}${String(i).padStart(5, "0")}`;
}
function writeFile(prefix: string): string {
  const lines = ["nama;no_hp;kota;tags"];
  for (let i = 0; i < ROWS; i++)
    lines.push(`Baru ${i};0812${prefix}${String(i).padStart(5, "0")};Medan;impor`);
  const file = path.join(os.tmpdir(), `kabar-crash-import-${process.pid}-${prefix}.csv`);
  writeFileSync(file, lines.join("\r\n"));
  return file;
}

async function startedImport(file: string, prefix: string) {
  const { copyFile, stat } = await import("node:fs/promises");
  const tempPath = `${file}.${Date.now()}.part`;
  await copyFile(file, tempPath);
  const preview = await createImport({
    kind: "contacts",
    fileName: `crash-${prefix}.csv`,
    tempPath,
    size: (await stat(tempPath)).size,
    userId: actor.user.id,
  });
  // Started as the page starts it, but the work runs in the child process.
  await startImport(
    preview.importId,
    importSettingsSchema.parse({ columns: preview.suggestion }),
    actor,
    () => undefined,
  );
  return preview.importId;
}

/** Contacts of the file's numbers, with what they hold. */
async function contactsOfFile(prefix: string) {
  const where = { e164: { startsWith: `+62812${prefix}` } };
  return {
    contacts: await db.contact.count({ where }),
    attributes: await db.contactAttribute.count({ where: { contact: where } }),
    tags: await db.contactTag.count({ where: { contact: where } }),
    renamed: await db.contact.count({ where: { ...where, name: { startsWith: "Baru" } } }),
  };
}

/** Ten contacts the file would update (a new name, a city, a tag): they must stay as they are. */
async function seedKnownContacts(prefix: string) {
  for (let i = 0; i < 10; i++)
    await db.contact.create({
      data: {
        id: `crash${prefix}${i}`,
        e164: numberOf(prefix, i * 1000),
        name: `Lama ${i}`,
        source: "manual",
      },
    });
}

async function expectInterruptedAndRerunnable(importId: string, file: string, prefix: string) {
  // Nothing of the file reached contacts; the ten known ones are as they were.
  expect(await contactsOfFile(prefix)).toStrictEqual({
    contacts: 10,
    attributes: 0,
    tags: 0,
    renamed: 0,
  });
  // While its heartbeat is fresh, the import may still be someone's work; once it is stale, it is
  // shown as interrupted (failed, with why) and nothing staged is left.
  const later = new Date(Date.now() + STALE_IMPORT_MS + 1_000);
  expect(await recoverInterruptedImports(later)).toBe(1);
  const progress = await getImportProgress(importId);
  expect(progress).toMatchObject({
    status: "failed",
    errorMessage: expect.stringMatching(
      /Kabar stopped while importing this file, so nothing was imported/,
    ),
  });
  expect(await db.contactImportRow.count({ where: { importId } })).toBe(0);
  expect(await db.contactImport.count({ where: { status: { in: ["staging", "applying"] } } })).toBe(
    0,
  );
  // A late run of the dead import applies nothing.
  await runContactImport(importId);
  expect((await contactsOfFile(prefix)).renamed).toBe(0);

  // The same file again: every number once, with the file's values; nothing duplicated.
  const again = await startedImport(file, prefix);
  await runContactImport(again);
  expect(await getImportProgress(again)).toMatchObject({
    status: "done",
    created: ROWS - 10,
    updated: 10,
    rejected: 0,
  });
  expect(await contactsOfFile(prefix)).toStrictEqual({
    contacts: ROWS,
    attributes: ROWS,
    tags: ROWS,
    renamed: ROWS,
  });
  const known = await db.contact.findUniqueOrThrow({
    where: { e164: numberOf(prefix, 3000) },
    include: { attributes: true, tags: true },
  });
  expect(known).toMatchObject({
    id: `crash${prefix}3`,
    name: "Baru 3000",
    attributes: [expect.objectContaining({ key: "kota", value: "Medan" })],
    tags: [expect.objectContaining({ tag: "impor" })],
  });
}

/** Starts importing a fresh 40,000-row file in a child process and kills it once `when` holds. */
async function importKilledWhen(
  prefix: string,
  when: (job: { status: string; staged: number }) => boolean,
  what: string,
) {
  await seedKnownContacts(prefix);
  const file = writeFile(prefix);
  const importId = await startedImport(file, prefix);
  const child = startImportProcess(importId);
  await until(() => db.contactImport.findUniqueOrThrow({ where: { id: importId } }), when, what);
  await killAndWait(child);
  const atKill = await db.contactImport.findUniqueOrThrow({ where: { id: importId } });
  return { importId, file, atKill };
}

it(
  "SIGKILL in the middle of the transaction that applies 40,000 rows: nothing of the file, interrupted, imported once when run again",
  { timeout: 300_000 },
  async () => {
    const prefix = "771";
    // "applying" is committed just before the apply transaction starts; "done" is written inside it.
    const { importId, file, atKill } = await importKilledWhen(
      prefix,
      (job) => job.status !== "staging",
      "the apply to start",
    );
    // The kill came before the transaction committed: the worst moment, not after it.
    expect(atKill).toMatchObject({ status: "applying", staged: ROWS, created: 0, updated: 0 });
    await expectInterruptedAndRerunnable(importId, file, prefix);
  },
);

it(
  "SIGKILL while staging a large file: nothing of the file, interrupted, imported once when run again",
  { timeout: 300_000 },
  async () => {
    const prefix = "772";
    const { importId, file, atKill } = await importKilledWhen(
      prefix,
      (job) => job.staged > 0,
      "the first batch to be staged",
    );
    expect(atKill.status).toBe("staging");
    expect(atKill.staged).toBeLessThan(ROWS);
    expect(await db.contactImportRow.count({ where: { importId } })).toBeGreaterThan(0);
    await expectInterruptedAndRerunnable(importId, file, prefix);
  },
);
