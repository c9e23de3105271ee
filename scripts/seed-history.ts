// Fills a database with realistic send history for scale tests and benchmarks: N sends (default
// 1,000,000) over the last 90 days, with recipients (mostly one, sometimes a handful, now and then
// a broadcast), a realistic outcome mix, a few sender numbers, users, templates and error codes.
// Rows are written straight into the database in large transactions: better-sqlite3 prepared
// statements for SQLite, bulk unnest inserts through pg for PostgreSQL.
//
// Usage (a throwaway database: it adds seed users and sender numbers without usable secrets):
//   DATABASE_URL=file:/tmp/kabar-history-1m.db npx tsx scripts/seed-history.ts [--count 1000000]
//     [--days 90] [--seed 7] [--force]
//   DATABASE_URL=postgresql://kabar:kabar@127.0.0.1:5432/kabar_history npx tsx scripts/seed-history.ts
// The SQLite file is created and migrated when it does not exist yet; a PostgreSQL database (which
// must exist) is migrated as `npm run db:setup` does. A database with users other than the demo
// ones is refused unless --force: it looks like one people use.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import Database from "better-sqlite3";
import pg from "pg";
import { createPrismaClient } from "@/lib/db/create-client";
import { dialectOfUrl, isPostgresUrl, isSqliteUrl, sqliteFileOf } from "@/lib/db/database-url";
import { applyPostgresMigrations } from "@/lib/db/migrations/apply-postgres-migrations";
import { PostgresSendWriter } from "@/lib/demo-data/postgres-send-writer";
import { SendWriter, dbTime, newId, type SendFixture } from "@/lib/demo-data/send-writer";
import { rebuildOverviewRollup } from "@/lib/overview/rebuild-rollup";
import {
  createRng,
  customerNumbers,
  realisticSend,
  sendTimes,
  type SeedPools,
} from "@/lib/demo-data/realistic-sends";

const seedUsers = [
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
].map((name) => ({ email: `${name.toLowerCase()}@history.seed`, name: `${name} Operator` }));

const seedSenders = [
  { label: "Customer service", number: "+6281190000001" },
  { label: "Billing", number: "+6281190000002" },
  { label: "Promotions", number: "+6281190000003" },
];

/** Not a seed or demo account: someone may rely on a database that has one. */
const REAL_USERS = `SELECT count(*) AS n FROM "User"
  WHERE "email" NOT LIKE '%@history.seed' AND "email" NOT LIKE '%@demo.kabar'`;
const USER_IDS = `SELECT "id" FROM "User" WHERE "role" != 'viewer' ORDER BY "email"`;
const SENDER_IDS = `SELECT "id" FROM "SenderNumber" ORDER BY "number"`;
const COUNTS = `SELECT (SELECT count(*) FROM "Send") AS sends, (SELECT count(*) FROM "SendRecipient") AS recipients`;

/** One database being filled: SQLite or PostgreSQL. */
interface SeedTarget {
  readonly label: string;
  readonly fresh: boolean;
  hasRealUsers(): Promise<boolean>;
  /** Adds the seed users and sender numbers (idempotent) and returns every user and sender id. */
  ensurePools(): Promise<{ userIds: string[]; senderIds: string[] }>;
  insert(sends: SendFixture[]): Promise<void>;
  /** Ends the bulk load; returns the row counts. */
  finish(): Promise<{ sends: number; recipients: number }>;
  close(): Promise<void>;
}

/** `npm run db:setup` for one SQLite file: prisma migrate deploy, then WAL mode. */
function migrateSqlite(file: string) {
  execFileSync("node_modules/.bin/tsx", ["scripts/db-setup.ts"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: `file:${path.resolve(file)}` },
  });
}

async function openSqlite(file: string, fresh = !existsSync(file)): Promise<SeedTarget> {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  const hasSend = sqlite
    .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'Send'`)
    .get();
  if (!hasSend) {
    // Migrated as `npm run db:setup` does (prisma migrate deploy), so the migrations are recorded
    // and `npm run demo` can serve this database (raw SQL alone left Prisma's P3005).
    sqlite.close();
    migrateSqlite(file);
    return openSqlite(file, fresh);
  }
  const recorded = sqlite
    .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`)
    .get();
  if (!recorded) {
    console.warn(
      `${file} was made by an older seed-history without migration records: npm run demo cannot serve it (Prisma P3005). Delete it and seed again.`,
    );
  }
  // The overview's rollup triggers cost several writes per row: they are set aside for the bulk
  // load (their definitions kept here) and the rollup is rebuilt once at the end.
  const rollupTriggers = sqlite
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%rollup%'`)
    .all() as { name: string; sql: string }[];
  for (const t of rollupTriggers) sqlite.exec(`DROP TRIGGER "${t.name}"`);
  const restoreTriggers = () => {
    for (let t = rollupTriggers.shift(); t; t = rollupTriggers.shift()) sqlite.exec(t.sql);
  };
  const writer = new SendWriter(sqlite);
  return {
    label: file,
    fresh,
    hasRealUsers: async () => (sqlite.prepare(REAL_USERS).get() as { n: number }).n > 0,
    async ensurePools() {
      const now = dbTime(new Date());
      const addUser = sqlite.prepare(
        `INSERT INTO "User" ("id","email","name","passwordHash","role","active","sessionVersion","createdAt","updatedAt")
         VALUES (?,?,?,'!seed-no-sign-in','agent',1,0,?,?) ON CONFLICT DO NOTHING`,
      );
      for (const u of seedUsers) addUser.run(newId(), u.email, u.name, now, now);
      const addSender = sqlite.prepare(
        `INSERT INTO "SenderNumber" ("id","label","number","tokenCipher","tokenLast4","isDefault","createdAt","updatedAt")
         VALUES (?,?,?,'seed:no-token','none',0,?,?) ON CONFLICT DO NOTHING`,
      );
      for (const n of seedSenders) addSender.run(newId(), n.label, n.number, now, now);
      const ids = (sql: string) => (sqlite.prepare(sql).all() as { id: string }[]).map((r) => r.id);
      // A throwaway bulk load: durability per transaction is not needed, speed is.
      sqlite.pragma("synchronous = OFF");
      sqlite.pragma("cache_size = -262144");
      return { userIds: ids(USER_IDS), senderIds: ids(SENDER_IDS) };
    },
    insert: async (sends) => void writer.insertAll(sends),
    async finish() {
      restoreTriggers();
      sqlite.pragma("synchronous = FULL");
      // No ANALYZE: the benchmark measures the plans an application database has (no statistics).
      sqlite.pragma("wal_checkpoint(TRUNCATE)");
      return sqlite.prepare(COUNTS).get() as { sends: number; recipients: number };
    },
    close: async () => {
      restoreTriggers(); // also after a failed load
      sqlite.close();
    },
  };
}

async function openPostgres(url: string): Promise<SeedTarget> {
  const report = await applyPostgresMigrations(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // A throwaway bulk load: waiting for each commit to reach the disk is not needed, speed is.
  await client.query("SET synchronous_commit = off");
  await client.query("SET maintenance_work_mem = '256MB'");
  // Into empty tables, rows go in faster without the secondary indexes, which are then built
  // once, sorted, exactly as the migrations defined them (their definitions are kept here).
  const empty =
    Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Send"`)).rows[0]?.n) ===
    0;
  const deferred = empty
    ? (
        await client.query<{ name: string; definition: string }>(
          `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
           WHERE schemaname = current_schema() AND tablename IN ('Send', 'SendRecipient')
             AND indexname NOT LIKE '%\\_pkey'`,
        )
      ).rows
    : [];
  for (const index of deferred) await client.query(`DROP INDEX "${index.name}"`);
  // The overview's rollup triggers are set aside for the bulk load; the rollup is rebuilt after.
  await client.query(`ALTER TABLE "Send" DISABLE TRIGGER USER`);
  await client.query(`ALTER TABLE "SendRecipient" DISABLE TRIGGER USER`);
  const enableTriggers = async () => {
    await client.query(`ALTER TABLE "Send" ENABLE TRIGGER USER`);
    await client.query(`ALTER TABLE "SendRecipient" ENABLE TRIGGER USER`);
  };
  // Also after a failed load: a database missing its indexes would measure nonsense.
  const restoreIndexes = async () => {
    for (let index = deferred.shift(); index; index = deferred.shift()) {
      await client.query(index.definition);
    }
  };
  const writer = new PostgresSendWriter(client);
  const ids = async (sql: string) =>
    (await client.query<{ id: string }>(sql)).rows.map((r) => r.id);
  return {
    label: new URL(url).pathname.slice(1),
    fresh: report.alreadyApplied === 0,
    hasRealUsers: async () =>
      Number((await client.query<{ n: string }>(REAL_USERS)).rows[0]?.n) > 0,
    async ensurePools() {
      for (const u of seedUsers) {
        await client.query(
          `INSERT INTO "User" ("id","email","name","passwordHash","role","active","sessionVersion","createdAt","updatedAt")
           VALUES ($1,$2,$3,'!seed-no-sign-in','agent',true,0,now(),now()) ON CONFLICT DO NOTHING`,
          [newId(), u.email, u.name],
        );
      }
      for (const n of seedSenders) {
        await client.query(
          `INSERT INTO "SenderNumber" ("id","label","number","tokenCipher","tokenLast4","isDefault","createdAt","updatedAt")
           VALUES ($1,$2,$3,'seed:no-token','none',false,now(),now()) ON CONFLICT DO NOTHING`,
          [newId(), n.label, n.number],
        );
      }
      return { userIds: await ids(USER_IDS), senderIds: await ids(SENDER_IDS) };
    },
    insert: async (sends) => void (await writer.insertAll(sends)),
    async finish() {
      await restoreIndexes();
      await enableTriggers();
      // What autovacuum does on its own shortly after a bulk load, done now so the benchmark
      // measures a settled database: statistics for the planner, a visibility map for
      // index-only scans.
      await client.query(`VACUUM (ANALYZE) "Send", "SendRecipient"`);
      const row = (await client.query<{ sends: string; recipients: string }>(COUNTS)).rows[0];
      return { sends: Number(row?.sends), recipients: Number(row?.recipients) };
    },
    async close() {
      await restoreIndexes();
      await enableTriggers();
      await client.end();
    },
  };
}

export class SeedRefused extends Error {}

/** The overview's rollup, rebuilt from what the bulk load wrote past its triggers. */
async function rebuildRollup(databaseUrl: string) {
  const db = createPrismaClient(databaseUrl);
  try {
    await rebuildOverviewRollup(db);
  } finally {
    await db.$disconnect();
  }
}

export async function seedHistory(
  databaseUrl: string,
  options: { count: number; days: number; seed: number; end?: Date; force?: boolean },
) {
  const target =
    dialectOfUrl(databaseUrl) === "sqlite"
      ? await openSqlite(sqliteFileOf(databaseUrl))
      : await openPostgres(databaseUrl);
  try {
    if (!options.force && (await target.hasRealUsers())) {
      throw new SeedRefused(
        `${target.label} has users other than the demo ones: it looks like a database people use. The history seed is for throwaway databases (pass --force to fill it anyway).`,
      );
    }
    const rng = createRng(options.seed);
    const ids = await target.ensurePools();
    // The last entry is the DAMCORP_TOKEN sender, which has no row (senderNumberId null).
    const pools: SeedPools = {
      userIds: ids.userIds,
      senderIds: [...ids.senderIds, null],
      customers: customerNumbers(rng, 200_000),
    };
    const times = sendTimes(rng, options.count, options.days, options.end ?? new Date());
    const batch = 10_000;
    const started = performance.now();
    for (let i = 0; i < times.length; i += batch) {
      const chunk: SendFixture[] = [];
      for (let j = i; j < Math.min(i + batch, times.length); j++) {
        chunk.push(realisticSend(rng, new Date(times[j]!), pools));
      }
      await target.insert(chunk);
      if ((i / batch) % 10 === 9) {
        const done = i + chunk.length;
        const rate = Math.round(done / ((performance.now() - started) / 1000));
        process.stdout.write(
          `  ${done.toLocaleString("en")} sends (${rate.toLocaleString("en")}/s)\n`,
        );
      }
    }
    const counts = await target.finish();
    await rebuildRollup(databaseUrl);
    return { ...counts, fresh: target.fresh, seconds: (performance.now() - started) / 1000 };
  } finally {
    await target.close();
  }
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
  const url = process.env.DATABASE_URL ?? "";
  if (!isSqliteUrl(url) && !isPostgresUrl(url)) {
    console.error(
      "Set DATABASE_URL to the database to fill: file:<path> (for example file:/tmp/kabar-history-1m.db) or postgresql://… (a database that exists).",
    );
    process.exit(1);
  }
  const count = Number(values.count);
  const days = Number(values.days);
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(days) || days < 1) {
    console.error("--count and --days must be whole numbers of at least 1.");
    process.exit(1);
  }
  console.log(`Seeding ${count.toLocaleString("en")} sends over ${days} days…`);
  try {
    const result = await seedHistory(url, {
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
