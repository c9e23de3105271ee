// Benchmarks the contacts import and the contacts list at scale: a generated CSV of N contacts
// (default 100,000; nine columns, tags, Indonesian numbers) is imported into a fresh SQLite
// database through the same services the import page uses (upload → mapping → staging →
// one-transaction apply), then imported again (every row an update), while the process's memory
// is sampled; then the list's keyset pages and filters are timed on the imported contacts.
// Not a test: the numbers depend on the machine. Goal: < 10 s for 100,000 rows, flat memory
// (the peak does not grow with the file: compare --rows 20000 with --rows 100000).
//
// Prints wall time and the process's CPU time (user + system: less sensitive to a busy machine).
//
// Usage (the react-server condition lets tsx load the app's server-only modules):
//   npm run bench:contacts -- [--rows 100000] [--runs 5] [--database sqlite|postgres]
// --database postgres makes a fresh database on KABAR_TEST_POSTGRES_URL's server (default the
// local one, scripts/lib/local-postgres.mjs) named after KABAR_BENCH_DATABASE_PREFIX, and drops it.
import { createWriteStream, mkdtempSync, statSync } from "node:fs";
import { copyFile } from "node:fs/promises";
import { once } from "node:events";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createMigratedDatabase } from "../tests/support/temp-db";

const { values: args } = parseArgs({
  options: {
    rows: { type: "string", default: "100000" },
    runs: { type: "string", default: "5" },
    database: { type: "string", default: "sqlite" },
  },
});
const ROWS = Number(args.rows);
const RUNS = Number(args.runs);

const dir = mkdtempSync(path.join(os.tmpdir(), "kabar-bench-contacts-"));
let dropDatabase = async () => {};
if (args.database === "postgres") {
  const { postgresAdminUrl } = await import("./lib/local-postgres.mjs");
  const { default: pg } = await import("pg");
  const withAdmin = async (
    url: string,
    run: (client: InstanceType<typeof pg.Client>) => Promise<unknown>,
  ) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await run(client);
    } finally {
      await client.end();
    }
  };
  const { applyPostgresMigrations } =
    await import("../lib/db/migrations/apply-postgres-migrations");
  const adminUrl = postgresAdminUrl();
  const name = `${process.env.KABAR_BENCH_DATABASE_PREFIX || "kabar_bench"}_contacts_${process.pid}`;
  await withAdmin(adminUrl, (admin) => admin.query(`CREATE DATABASE "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  await applyPostgresMigrations(process.env.DATABASE_URL);
  dropDatabase = () =>
    withAdmin(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
} else {
  process.env.DATABASE_URL = createMigratedDatabase().url;
}
process.env.KABAR_DATA_DIR = path.join(dir, "data");
process.env.NEXTAUTH_SECRET ??= "bench-session-secret-0123456789abcdef";
process.env.KABAR_SECRET_KEY ??= Buffer.alloc(32, 7).toString("base64");
process.env.KABAR_OPT_OUT_SWEEP_MINUTES = "0";

const { db } = await import("@/lib/db/client");
const { createImport } = await import("@/lib/contacts/import/preview-import");
const { startImport, getImportProgress } = await import("@/lib/contacts/import/manage-import");
const { importSettingsSchema } = await import("@/lib/contacts/import/mapping-json");
const { listContacts } = await import("@/lib/contacts/list-contacts");

const cities = ["Bandung", "Medan", "Surabaya", "Jakarta", "Makassar", "Denpasar", "Bogor"];
const tiers = ["gold", "silver", "bronze"];
const prefixes = ["811", "812", "813", "821", "822", "852", "853", "857", "877", "878", "896"];

async function writeCsv(file: string, rows: number) {
  const out = createWriteStream(file);
  const write = async (line: string) => {
    if (!out.write(line)) await once(out, "drain");
  };
  await write(
    "nama;no_hp;kota;tier;tanggal_jatuh_tempo;total_tagihan;kode_pelanggan;catatan;tags\r\n",
  );
  for (let i = 0; i < rows; i++) {
    const number = `0${prefixes[i % prefixes.length]}${String((i * 7919) % 100_000_000).padStart(8, "0")}`;
    await write(
      `Pelanggan ${i};${number};${cities[i % cities.length]};${tiers[i % 3]};2026-${String((i % 12) + 1).padStart(2, "0")}-15;${(i % 50) * 25_000};PLG-${i};"Catatan, baris ${i}";${i % 10 === 0 ? "vip, promo" : "promo"}\r\n`,
    );
  }
  out.end();
  await once(out, "finish");
}

const user = await db.user.create({
  data: { email: "bench@kabar.test", name: "Bench", role: "admin", passwordHash: "x" },
});
const actor = {
  user: {
    id: user.id,
    email: user.email,
    name: user.name,
    role: "admin" as const,
    sessionId: "bench",
    timeZone: "Asia/Jakarta",
  },
  ip: null,
};

type Sample = { rssMb: number; heapMb: number };
function sampleMemory() {
  const toMb = (bytes: number) => bytes / 1024 / 1024;
  let peak: Sample = { rssMb: 0, heapMb: 0 };
  const take = () => {
    const m = process.memoryUsage();
    peak = {
      rssMb: Math.max(peak.rssMb, toMb(m.rss)),
      heapMb: Math.max(peak.heapMb, toMb(m.heapUsed)),
    };
  };
  take();
  const timer = setInterval(take, 20);
  return () => {
    clearInterval(timer);
    take();
    return peak;
  };
}

async function importFile(file: string, label: string) {
  const tempPath = path.join(dir, `upload-${Date.now()}.part`);
  await copyFile(file, tempPath);
  global.gc?.();
  const before = process.memoryUsage();
  const stop = sampleMemory();
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const preview = await createImport({
    kind: "contacts",
    fileName: "bench.csv",
    tempPath,
    size: statSync(tempPath).size,
    userId: user.id,
  });
  let work: Promise<void> = Promise.resolve();
  await startImport(
    preview.importId,
    importSettingsSchema.parse({ columns: preview.suggestion }),
    actor,
    (w) => {
      work = w();
    },
  );
  await work;
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const peak = stop();
  const progress = await getImportProgress(preview.importId);
  console.log(
    `${label}: ${seconds.toFixed(2)} s (${Math.round(ROWS / seconds).toLocaleString("en")} rows/s, CPU ${cpuSeconds.toFixed(2)} s) · ` +
      `status ${progress.status}, ${progress.created.toLocaleString("en")} added, ${progress.updated.toLocaleString("en")} updated, ${progress.rejected} rejected · ` +
      `RSS ${(before.rss / 1024 / 1024).toFixed(0)} → peak ${peak.rssMb.toFixed(0)} MB · heap ${(before.heapUsed / 1024 / 1024).toFixed(0)} → peak ${peak.heapMb.toFixed(0)} MB`,
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function time(label: string, run: () => Promise<unknown>) {
  await run();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await run();
    ms.push(performance.now() - t);
  }
  console.log(`  ${label.padEnd(48)} ${median(ms).toFixed(1).padStart(7)} ms`);
}

const csv = path.join(dir, "contacts.csv");
await writeCsv(csv, ROWS);
console.log(
  `${ROWS.toLocaleString("en")} rows, ${(statSync(csv).size / 1024 / 1024).toFixed(1)} MB of CSV (nine columns, tags), ${args.database === "postgres" ? "PostgreSQL" : "SQLite"} at ${process.env.DATABASE_URL.replace(/\/\/[^@]*@/, "//")}`,
);
await importFile(csv, "import, all new");
await importFile(csv, "import again, all updates");

console.log(
  `contacts list at ${(await db.contact.count()).toLocaleString("en")} contacts (median of ${RUNS}):`,
);
const deep = (
  await db.contact.findMany({ orderBy: { id: "desc" }, skip: Math.floor(ROWS / 2), take: 1 })
)[0]!.id;
await time("first page", () => listContacts({}, {}));
await time("a page half-way down (keyset cursor)", () => listContacts({}, { after: deep }));
await time("filter by tag (vip, 10%)", () => listContacts({ tag: "vip" }, {}));
await time("filter by attribute (kota = Medan)", () =>
  listContacts({ attribute: "kota", value: "Medan" }, {}),
);
await time("search a number prefix (0812 3)", () => listContacts({ q: "0812 3" }, {}));
await time("search a name (rare: Pelanggan 99999)", () =>
  listContacts({ q: "Pelanggan 99999" }, {}),
);
await time("opted-out contacts (none)", () => listContacts({ optOut: "opted_out" }, {}));
await db.$disconnect();
await dropDatabase();
