// Benchmarks send history, the overview and the CSV export on a large database (see
// scripts/seed-history.ts). It times the same functions the app calls (no HTTP, no rendering):
// median of several runs after a warm-up, and the peak memory of a full export drained into a
// null sink. Not a test: numbers depend on the machine; docs/history-benchmark.md records them.
//
// Usage:
//   DATABASE_URL=file:/tmp/kabar-history-1m.db npx tsx scripts/bench-history.ts [--runs 7]
//     [--time-zone Asia/Jakarta] [--skip-export]
//   DATABASE_URL=postgresql://kabar:kabar@127.0.0.1:5432/kabar_history npx tsx scripts/bench-history.ts
import { parseArgs } from "node:util";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { isPostgresUrl, isSqliteUrl } from "@/lib/db/database-url";
import { CsvRowCounter } from "@/lib/history/csv-row-counter";
import { encodeCursor } from "@/lib/paging/cursor";
import { addDays, todayIn } from "@/lib/time/days";
import { parseHistoryQuery, filterOf, type HistoryQuery } from "@/lib/history/filter-schema";
import { distinctSendValues } from "@/lib/history/query/distinct-values";
import { exportSendsCsv } from "@/lib/history/query/export-sends-csv";
import { listSendsPage } from "@/lib/history/query/list-sends-page";
import { buildSendConditions } from "@/lib/history/query/send-conditions";
import { countSends } from "@/lib/history/query/select-sends";
import { loadOverview } from "@/lib/overview/query/load-overview";
import {
  countEnvironmentSends,
  countSendsByColumn,
  countSendsPerDay,
  countUnreachedRecipients,
} from "@/lib/overview/query/overview-queries";

const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "7" },
    "time-zone": { type: "string", default: "Asia/Jakarta" },
    "skip-export": { type: "boolean", default: false },
  },
});
const RUNS = Number(args.runs);
const timeZone = args["time-zone"];
const environmentSender = { label: "Environment sender", number: null };

const url = process.env.DATABASE_URL ?? "";
if (!isSqliteUrl(url) && !isPostgresUrl(url)) {
  console.error(
    "Set DATABASE_URL to a seeded database (scripts/seed-history.ts): file:<path> or postgresql://…",
  );
  process.exit(1);
}
const db: Db = createPrismaClient(url);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

/** Prints the median (and fastest) time of `fn` and what it returned (rows, count). */
async function time(name: string, fn: () => Promise<number | string>) {
  let rows = await fn(); // warm-up: first-use costs (statement preparation, page cache)
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    rows = await fn();
    samples.push(performance.now() - started);
  }
  const ms = (x: number) => x.toFixed(1);
  console.log(
    `${name.padEnd(50)} ${ms(median(samples)).padStart(7)} ms  (min ${ms(Math.min(...samples))})  ${rows}`,
  );
}

function query(params: Record<string, string>): HistoryQuery {
  const parsed = parseHistoryQuery(params);
  if (!parsed.ok) throw new Error(`bad benchmark filter: ${JSON.stringify(parsed.errors)}`);
  return parsed.query;
}

const page = (params: Record<string, string>) => async () =>
  (await listSendsPage(db, query(params), { timeZone, environmentSender })).rows.length;

/** The cursor `depth` rows down a filter (found once with OFFSET; only the keyset read is timed). */
async function cursorAt(depth: number, where = "1 = 1"): Promise<string> {
  const rows = await db.$queryRawUnsafe<{ createdAt: Date; id: string }[]>(
    `SELECT "createdAt", "id" FROM "Send" WHERE ${where}
     ORDER BY "createdAt" DESC, "id" DESC LIMIT 1 OFFSET ${depth - 1}`,
  );
  const row = rows[0];
  if (!row) throw new Error(`the database has fewer than ${depth} matching sends`);
  return encodeCursor({ at: row.createdAt, id: row.id });
}

async function main() {
  const [counts] = await db.$queryRaw<{ sends: bigint; recipients: bigint }[]>`
    SELECT (SELECT count(*) FROM "Send") AS sends, (SELECT count(*) FROM "SendRecipient") AS recipients`;
  const sends = Number(counts!.sends);
  const recipients = Number(counts!.recipients);
  const [latest] = await db.$queryRaw<{ at: Date }[]>`SELECT max("createdAt") AS at FROM "Send"`;
  const lastDay = todayIn(timeZone, new Date(latest!.at));
  console.log(
    `Database ${url.replace(/\/\/([^:@/]+):[^@]*@/, "//$1:***@")}: ${Number(sends).toLocaleString("en")} sends, ${Number(recipients).toLocaleString("en")} recipients; latest day ${lastDay} (${timeZone}); median of ${RUNS} runs\n`,
  );

  // Realistic filter values taken from the data itself.
  const [sender] = await distinctSendValues(db, "senderNumberId");
  const [user] = await db.$queryRaw<{ id: string }[]>`
    SELECT "userId" AS id FROM "Send" WHERE "userId" IS NOT NULL ORDER BY "createdAt" DESC LIMIT 1`;
  const [someone] = await db.$queryRaw<{ to: string }[]>`
    SELECT "to" FROM "SendRecipient" ORDER BY "createdAt" DESC LIMIT 1 OFFSET 5000`;
  const number = someone!.to;
  const midDay = addDays(lastDay, -45);

  console.log("History pages (50 rows, with users, senders and recipient summaries)");
  await time("first page, no filter", page({}));
  const deep = await cursorAt(50_000);
  await time("page 1,000 deep by cursor (row 50,000)", page({ after: deep }));
  const deepFailed = await cursorAt(5_000, `"outcome" = 'failed'`);
  await time(
    "failed sends, page 100 deep by cursor",
    page({ outcome: "failed", after: deepFailed }),
  );
  await time("newer page (before cursor), 1,000 deep", page({ before: deep }));

  console.log("\nSingle filters (first page)");
  const singles: [string, Record<string, string>][] = [
    ["date range: one day, 45 days ago", { from: midDay, to: midDay }],
    ["date range: last 7 days", { from: addDays(lastDay, -6), to: lastDay }],
    ["outcome = failed", { outcome: "failed" }],
    ["outcome = unknown", { outcome: "unknown" }],
    ["outcome = pending (none exist)", { outcome: "pending" }],
    ["error code = 725", { errorCode: "725" }],
    ["error code = timeout", { errorCode: "timeout" }],
    ["kind = image", { kind: "image" }],
    ["kind = sticker", { kind: "sticker" }],
    ["template = payment_reminder", { template: "payment_reminder" }],
    ["sender number", { sender: sender! }],
    ["environment sender", { sender: "env" }],
    ["user", { user: user!.id }],
    ["recipient result = invalid", { status: "invalid" }],
    ["recipient result = failed", { status: "failed" }],
    [`recipient = full number (${number})`, { recipient: number }],
    [`recipient starts with 0${number.slice(2, 8)}`, { recipient: `0${number.slice(2, 8)}` }],
    ["recipient starts with 0812 (dense)", { recipient: "0812" }],
    ["recipient = unknown number", { recipient: "+1 555 0100" }],
  ];
  for (const [name, params] of singles) await time(name, page(params));

  console.log("\nCombined filters (first page)");
  await time(
    "30 days + failed + template + sender",
    page({
      from: addDays(lastDay, -29),
      to: lastDay,
      outcome: "failed",
      kind: "hsm",
      template: "order_confirmation",
      sender: sender!,
    }),
  );
  await time(
    "7 days + user + kind text + recipient result sent",
    page({ from: addDays(lastDay, -6), to: lastDay, user: user!.id, kind: "text", status: "sent" }),
  );
  await time(
    "recipient prefix + outcome sent + 30 days",
    page({
      recipient: `0${number.slice(2, 7)}`,
      outcome: "sent",
      from: addDays(lastDay, -29),
      to: lastDay,
    }),
  );
  await time(
    "recipient starts with 0812 + result invalid",
    page({ recipient: "0812", status: "invalid" }),
  );

  console.log("\nFilter choices (page load)");
  await time(
    "distinct templates (loose index scan)",
    async () => (await distinctSendValues(db, "templateName")).length,
  );
  await time(
    "distinct error codes (loose index scan)",
    async () => (await distinctSendValues(db, "errorCode")).length,
  );

  console.log("\nOverview");
  for (const days of [30, 90]) {
    const range = { from: addDays(lastDay, -(days - 1)), to: lastDay };
    await time(
      `${days} days: sends per day by outcome`,
      async () => (await countSendsPerDay(db, range, timeZone)).length,
    );
    await time(
      `${days} days: failure reasons (codes)`,
      async () => (await countSendsByColumn(db, "errorCode", range, timeZone)).length,
    );
    await time(
      `${days} days: unreached recipients`,
      async () => (await countUnreachedRecipients(db, range, timeZone)).length,
    );
    await time(
      `${days} days: most-used templates`,
      async () => (await countSendsByColumn(db, "templateName", range, timeZone)).length,
    );
    await time(
      `${days} days: per-sender totals`,
      async () =>
        (await countSendsByColumn(db, "senderNumberId", range, timeZone)).length +
        ((await countEnvironmentSends(db, range, timeZone)) > 0 ? 1 : 0),
    );
    await time(
      `${days} days: whole overview from the sends`,
      async () =>
        (await loadOverview(db, range, { timeZone, environmentSender, fromSends: true })).totals
          .all,
    );
    await time(
      `${days} days: whole overview (hourly rollup)`,
      async () => (await loadOverview(db, range, { timeZone, environmentSender })).totals.all,
    );
  }

  if (!args["skip-export"]) await benchExport();
  await db.$disconnect();
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

/** Drains a full export into a null sink, sampling the process's resident memory. */
async function benchExport() {
  console.log("\nCSV export (all sends, drained into a null sink)");
  const conditions = await buildSendConditions(db, filterOf(query({})), timeZone);
  await time("export row count (X-Total-Count)", () => countSends(db, conditions));
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().rss);
  };
  const timer = setInterval(sample, 25);
  const started = performance.now();
  const counter = new CsvRowCounter();
  const marks: string[] = [];
  let bytes = 0;
  let batches = 0;
  for await (const chunk of exportSendsCsv(db, conditions, { timeZone, environmentSender })) {
    bytes += Buffer.byteLength(chunk);
    counter.push(chunk);
    sample();
    if (++batches % 100 === 0) {
      marks.push(
        `${(counter.records - 1).toLocaleString("en")} rows: ${mb(process.memoryUsage().rss)}`,
      );
    }
  }
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  const rows = counter.records - 1;
  console.log(`rows exported: ${rows.toLocaleString("en")} (${mb(bytes)} of CSV)`);
  console.log(
    `time: ${seconds.toFixed(1)} s (${Math.round(rows / seconds).toLocaleString("en")} rows/s)`,
  );
  console.log(`RSS before: ${mb(baseline)}, peak: ${mb(peak)}`);
  console.log(`RSS along the way:\n  ${marks.join("\n  ")}`);
}

await main();
