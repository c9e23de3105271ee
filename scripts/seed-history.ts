// Fills a database with realistic send history for scale tests and benchmarks: N sends (default
// 1,000,000) over the last 90 days, with recipients (mostly one, sometimes a handful, now and then
// a broadcast), a realistic outcome mix, a few sender numbers, users, templates and error codes.
// Rows are written straight through better-sqlite3 prepared statements in large transactions.
//
// Usage (a throwaway database: it adds seed users and sender numbers without usable secrets):
//   DATABASE_URL=file:/tmp/kabar-history-1m.db npx tsx scripts/seed-history.ts [--count 1000000]
//     [--days 90] [--seed 7] [--force]
// The file is created and migrated when it does not exist yet. A database with users other than
// the demo ones is refused unless --force: it looks like one people use.
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import Database from "better-sqlite3";
import { SendWriter, dbTime, newId, type SendFixture } from "@/lib/demo-data/send-writer";
import {
  createRng,
  customerNumbers,
  realisticSend,
  sendTimes,
  type Rng,
  type SeedPools,
} from "@/lib/demo-data/realistic-sends";

function migrateIfNeeded(sqlite: Database.Database) {
  const hasSend = sqlite
    .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'Send'`)
    .get();
  if (hasSend) return;
  const migrations = path.resolve("prisma/migrations");
  const folders = readdirSync(migrations, { withFileTypes: true }).filter((d) => d.isDirectory());
  for (const name of folders.map((d) => d.name).sort()) {
    sqlite.exec(readFileSync(path.join(migrations, name, "migration.sql"), "utf8"));
  }
}

/** Seed users and sender numbers (idempotent by email / number), plus any already there. */
function ensurePools(sqlite: Database.Database, rng: Rng): SeedPools {
  const now = dbTime(new Date());
  const addUser = sqlite.prepare(
    `INSERT OR IGNORE INTO "User" ("id","email","name","passwordHash","role","active","sessionVersion","createdAt","updatedAt")
     VALUES (?,?,?,?,?,1,0,?,?)`,
  );
  const names = [
    "Dewi",
    "Eko",
    "Fitri",
    "Gilang",
    "Hana",
    "Indra",
    "Joko",
    "Kartika",
    "Lestari",
    "Made",
  ];
  names.forEach((name) =>
    addUser.run(
      newId(),
      `${name.toLowerCase()}@history.seed`,
      `${name} Operator`,
      "!seed-no-sign-in",
      "agent",
      now,
      now,
    ),
  );
  const addSender = sqlite.prepare(
    `INSERT OR IGNORE INTO "SenderNumber" ("id","label","number","tokenCipher","tokenLast4","isDefault","createdAt","updatedAt")
     VALUES (?,?,?,?,?,0,?,?)`,
  );
  [
    ["Customer service", "+6281190000001"],
    ["Billing", "+6281190000002"],
    ["Promotions", "+6281190000003"],
  ].forEach(([label, number]) =>
    addSender.run(newId(), label, number, "seed:no-token", "none", now, now),
  );

  const userIds = (
    sqlite.prepare(`SELECT id FROM "User" WHERE role != 'viewer' ORDER BY email`).all() as {
      id: string;
    }[]
  ).map((r) => r.id);
  const senderIds = (
    sqlite.prepare(`SELECT id FROM "SenderNumber" ORDER BY number`).all() as { id: string }[]
  ).map((r) => r.id);
  // The last entry is the DAMCORP_TOKEN sender, which has no row (senderNumberId null).
  return { userIds, senderIds: [...senderIds, null], customers: customerNumbers(rng, 200_000) };
}

export class SeedRefused extends Error {}

/** True when the database has users besides the demo and seed ones: someone may rely on it. */
function hasRealUsers(sqlite: Database.Database): boolean {
  const row = sqlite
    .prepare(
      `SELECT count(*) AS n FROM "User"
       WHERE "email" NOT LIKE '%@history.seed' AND "email" NOT LIKE '%@demo.kabar'`,
    )
    .get() as { n: number };
  return row.n > 0;
}

export function seedHistory(
  file: string,
  options: { count: number; days: number; seed: number; end?: Date; force?: boolean },
) {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const fresh = !existsSync(file);
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  migrateIfNeeded(sqlite);
  if (!options.force && hasRealUsers(sqlite)) {
    sqlite.close();
    throw new SeedRefused(
      `${file} has users other than the demo ones: it looks like a database people use. The history seed is for throwaway databases (pass --force to fill it anyway).`,
    );
  }
  // A throwaway bulk load: durability per transaction is not needed, speed is.
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("cache_size = -262144");
  const rng = createRng(options.seed);
  const pools = ensurePools(sqlite, rng);
  const times = sendTimes(rng, options.count, options.days, options.end ?? new Date());
  const writer = new SendWriter(sqlite);
  const batch = 10_000;
  const started = performance.now();
  for (let i = 0; i < times.length; i += batch) {
    const chunk: SendFixture[] = [];
    for (let j = i; j < Math.min(i + batch, times.length); j++) {
      chunk.push(realisticSend(rng, new Date(times[j]!), pools));
    }
    writer.insertAll(chunk);
    if ((i / batch) % 10 === 9) {
      const done = i + chunk.length;
      const rate = Math.round(done / ((performance.now() - started) / 1000));
      process.stdout.write(
        `  ${done.toLocaleString("en")} sends (${rate.toLocaleString("en")}/s)\n`,
      );
    }
  }
  sqlite.pragma("synchronous = FULL");
  // No ANALYZE: the benchmark measures the query plans an application database has (no statistics).
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  const counts = sqlite
    .prepare(
      `SELECT (SELECT count(*) FROM "Send") AS sends, (SELECT count(*) FROM "SendRecipient") AS recipients`,
    )
    .get() as { sends: number; recipients: number };
  sqlite.close();
  return { ...counts, fresh, seconds: (performance.now() - started) / 1000 };
}

async function main() {
  const { values } = parseArgs({
    options: {
      count: { type: "string", default: "1000000" },
      days: { type: "string", default: "90" },
      seed: { type: "string", default: "7" },
      force: { type: "boolean", default: false },
    },
  });
  const url = process.env.DATABASE_URL;
  if (!url?.startsWith("file:")) {
    console.error(
      "Set DATABASE_URL=file:<path> to the SQLite file to fill (for example file:/tmp/kabar-history-1m.db).",
    );
    process.exit(1);
  }
  const file = url.slice("file:".length);
  const count = Number(values.count);
  const days = Number(values.days);
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(days) || days < 1) {
    console.error("--count and --days must be whole numbers of at least 1.");
    process.exit(1);
  }
  console.log(`Seeding ${count.toLocaleString("en")} sends over ${days} days into ${file}…`);
  try {
    const result = seedHistory(file, {
      count,
      days,
      seed: Number(values.seed),
      force: values.force,
    });
    console.log(
      `Done in ${result.seconds.toFixed(1)} s${result.fresh ? " (new database)" : ""}: ${result.sends.toLocaleString("en")} sends, ${result.recipients.toLocaleString("en")} recipients in the database.`,
    );
  } catch (error) {
    if (!(error instanceof SeedRefused)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
