// The page benchmark: builds Kabar once, serves it with `next start` against the Damcorp sandbox
// and a throwaway SQLite file, loads every page route cold in Debian's Chromium and prints
//   · first-load JS per route: gzip bytes from the build and compressed bytes on the wire,
//   · LCP and CLS per route, without and with 4× CPU throttling (a mid-range phone),
//   · INP for the interactions the issue names (typing in the composer, switching message kind,
//     opening a ticket, applying a history filter),
//   · the composer's keystroke figure: keystroke → preview and request view updated, on a
//     1,000-character body (p50 / p95 / max),
//   · the board with --tickets open tickets all loaded: INP of opening a ticket's panel and of
//     typing in search, and the requests one background refresh makes.
// Times depend on the machine and how busy it is (the load average is printed with them); byte
// figures are the same on every run of the same build.
//
//   E2E_APP_PORT=6800 E2E_SANDBOX_PORT=6801 NEXT_DIST_DIR=.next-bench npx tsx scripts/bench-pages.ts
//     [--skip-build] [--runs 3] [--keystrokes 60] [--sends 20000] [--only /composer,/tickets]
//     [--tickets 1000] [--json out.json]
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { seedHistory } from "./seed-history";
import { KB, readRouteBundles, readRuntimeBytes } from "./lib/route-bundles.mjs";
import { waitForHttp } from "./lib/run.mjs";
import { e2eAppUrl, e2eDatabaseFile, e2eDistDir, e2eEnv, e2eSandboxUrl } from "./lib/test-env.mjs";

const { values: args } = parseArgs({
  options: {
    "skip-build": { type: "boolean", default: false },
    runs: { type: "string", default: "3" },
    keystrokes: { type: "string", default: "60" },
    sends: { type: "string", default: "20000" },
    tickets: { type: "string", default: "1000" },
    only: { type: "string" },
    json: { type: "string" },
  },
});
const runs = Number(args.runs);
const keystrokeCount = Number(args.keystrokes);
const only = args.only?.split(",").map((r) => r.trim());

const env: NodeJS.ProcessEnv = { ...process.env, ...e2eEnv, NODE_ENV: "production" };
const launchArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const THROTTLED = 4;
const children: ChildProcess[] = [];

function load(): string {
  return loadavg()
    .map((n) => n.toFixed(1))
    .join(" / ");
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}
const median = (xs: number[]) =>
  quantile(
    [...xs].sort((a, b) => a - b),
    0.5,
  );

/** `next build` rewrites tsconfig.json's include for a non-default distDir; keep the file as it was. */
function build() {
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  const started = performance.now();
  try {
    execFileSync("node_modules/.bin/next", ["build"], { env, stdio: "inherit" });
  } finally {
    writeFileSync("tsconfig.json", tsconfig);
  }
  return (performance.now() - started) / 1000;
}

function startServers() {
  const start = (command: string, commandArgs: string[]) => {
    const child = spawn(command, commandArgs, { env, stdio: ["ignore", "ignore", "inherit"] });
    children.push(child);
    return child;
  };
  start("node_modules/.bin/tsx", ["sandbox/main.ts"]);
  start("node_modules/.bin/next", ["start", "-p", env.PORT!]);
}

function stopServers() {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
}

function freshDatabase() {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) {
    rmSync(`${e2eDatabaseFile}${suffix}`, { force: true });
  }
  rmSync(env.KABAR_DATA_DIR!, { recursive: true, force: true });
  execFileSync("node_modules/.bin/tsx", ["scripts/db-setup.ts"], { env, stdio: "inherit" });
}

/** Demo users, sender and templates, plus a realistic send history for history and overview. */
async function seedData(sends: number) {
  execFileSync("node_modules/.bin/tsx", ["prisma/seed.ts"], { env, stdio: "inherit" });
  await seedHistory(`file:${path.resolve(e2eDatabaseFile)}`, { count: sends, days: 90, seed: 7 });
  const sqlite = new Database(path.resolve(e2eDatabaseFile), { readonly: true });
  const send = sqlite
    .prepare(`SELECT "id" FROM "Send" ORDER BY "createdAt" DESC LIMIT 1`)
    .get() as {
    id: string;
  };
  const template = sqlite
    .prepare(`SELECT "id" FROM "Template" WHERE "deletedAt" IS NULL ORDER BY "name" LIMIT 1`)
    .get() as { id: string };
  sqlite.close();
  return { sendId: send.id, templateId: template.id };
}

type Route = { path: string; label: string; signedIn: boolean };

function routes(ids: { sendId: string; templateId: string }): Route[] {
  const signedIn = [
    "/overview",
    "/composer",
    "/composer/templates",
    "/composer/templates/new",
    `/composer/templates/${ids.templateId}`,
    "/media",
    "/tickets",
    "/history",
    `/history/${ids.sendId}`,
    "/audit",
    "/settings",
    "/settings/users",
    "/account",
  ].map((p) => ({
    path: p,
    label: p.replace(ids.templateId, "[id]").replace(ids.sendId, "[id]"),
    signedIn: true,
  }));
  return [{ path: "/sign-in", label: "/sign-in", signedIn: false }, ...signedIn];
}

type Probe = {
  lcpMs: number | null;
  cls: number;
  jsBytes: number;
  jsFiles: string[];
  inpMs: number | null;
  interactions: number;
};

const probeScript = { path: path.resolve("scripts/lib/page-probe.js") };

async function newPage(context: BrowserContext, cpuRate: number): Promise<Page> {
  await context.addInitScript(probeScript);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuRate });
  return page;
}

/** One cold load: a new browser context (empty cache), wait for the network to go quiet. */
async function loadCold(
  browser: Browser,
  url: string,
  cpuRate: number,
  storageState: string | undefined,
): Promise<Probe & { encodings: Set<string> }> {
  const context = await browser.newContext({
    storageState,
    viewport: { width: 1280, height: 800 },
  });
  try {
    const page = await newPage(context, cpuRate);
    const encodings = new Set<string>();
    page.on("response", (response) => {
      if (new URL(response.url()).pathname.endsWith(".js")) {
        encodings.add(response.headers()["content-encoding"] ?? "identity");
      }
    });
    await page.goto(`${e2eAppUrl}${url}`, { waitUntil: "load" });
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(1000); // late layout shifts (cards, counts) still count
    const probe = await page.evaluate<Probe>("window.__kabarProbe.read()");
    return { ...probe, encodings };
  } finally {
    await context.close();
  }
}

async function signIn(browser: Browser, file: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${e2eAppUrl}/sign-in`);
  await page.getByLabel("Email").fill("admin@demo.kabar");
  await page.getByLabel("Password").fill("kabar-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("navigation", { name: "Main" }).waitFor();
  await context.storageState({ path: file });
  await context.close();
}

type Interaction = {
  name: string;
  path: string;
  act: (page: Page) => Promise<void>;
};

const interactions: Interaction[] = [
  {
    name: "composer: typing",
    path: "/composer",
    act: async (page) => {
      await page.getByLabel("Message", { exact: true }).click();
      for (const ch of "Halo kak, pesanan sudah dikirim") {
        await page.keyboard.type(ch);
        await page.waitForTimeout(60);
      }
    },
  },
  {
    name: "composer: switch kind",
    path: "/composer",
    act: async (page) => {
      const select = page.getByLabel("Message type");
      await select.focus();
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press("ArrowDown");
        await page.waitForTimeout(400);
      }
    },
  },
  {
    name: "tickets: open a ticket",
    path: "/tickets",
    act: async (page) => {
      const buttons = page.getByRole("button", { name: /^Open ticket #/ });
      await buttons.first().waitFor();
      for (let i = 0; i < 3; i++) {
        await buttons.nth(i).click();
        await page.getByRole("dialog").waitFor();
        await page.waitForTimeout(300);
        await page.keyboard.press("Escape");
        await page.getByRole("dialog").waitFor({ state: "hidden" });
      }
    },
  },
  {
    name: "history: apply a filter",
    path: "/history",
    act: async (page) => {
      for (const outcome of ["failed", "unknown", "sent"]) {
        await page.getByLabel("Outcome").selectOption(outcome);
        const url = page.url();
        await page.getByRole("button", { name: "Apply filters" }).click();
        await page.waitForURL((u) => u.toString() !== url);
        await page.waitForLoadState("networkidle");
      }
    },
  },
];

async function measureInteraction(
  browser: Browser,
  interaction: Interaction,
  cpuRate: number,
  storageState: string,
) {
  const context = await browser.newContext({
    storageState,
    viewport: { width: 1280, height: 800 },
  });
  try {
    const page = await newPage(context, cpuRate);
    await page.goto(`${e2eAppUrl}${interaction.path}`, { waitUntil: "load" });
    await page.waitForLoadState("networkidle");
    await page.evaluate("window.__kabarProbe.resetInteractions()");
    await interaction.act(page);
    await page.waitForTimeout(500);
    return await page.evaluate<Probe>("window.__kabarProbe.read()");
  } finally {
    await context.close();
  }
}

/** Keystroke → preview and request view, on a 1,000-character message. */
async function measureKeystrokes(browser: Browser, cpuRate: number, storageState: string) {
  const context = await browser.newContext({
    storageState,
    viewport: { width: 1280, height: 800 },
  });
  try {
    const page = await newPage(context, cpuRate);
    await page.goto(`${e2eAppUrl}/composer`, { waitUntil: "load" });
    await page.waitForLoadState("networkidle");
    const body = page.getByLabel("Message", { exact: true });
    const words = "Pesanan anda sudah kami kirim hari ini dan akan tiba dalam dua hari kerja. ";
    const start = words.repeat(Math.ceil(1000 / words.length)).slice(0, 1000);
    await body.fill(start);
    await page.getByLabel("Request body").getByText(start.slice(-20)).waitFor();
    await body.press("End");
    await page.evaluate("window.__kabarProbe.watchKeystrokes()");
    const typed = "abcdefghijklmnopqrstuvwxyz";
    const times: number[] = [];
    let text = start;
    for (let i = 0; i < keystrokeCount; i++) {
      const ch = typed[i % typed.length]!;
      text += ch;
      // Plain evaluate, not waitForFunction: the page's CSP forbids Playwright's string predicates.
      await page.evaluate(`window.__kabarProbe.expectTail(${JSON.stringify(text.slice(-16))})`);
      await page.keyboard.type(ch);
      times.push(await page.evaluate<number>("window.__kabarProbe.keystroke()"));
      await page.waitForTimeout(80); // a typist's pace: each keystroke settles before the next
    }
    const probe = await page.evaluate<Probe>("window.__kabarProbe.read()");
    const sorted = [...times].sort((a, b) => a - b);
    return {
      p50: quantile(sorted, 0.5),
      p95: quantile(sorted, 0.95),
      max: sorted[sorted.length - 1]!,
      toPaintWorst: probe.inpMs,
      count: times.length,
    };
  } finally {
    await context.close();
  }
}

/** `count` more open tickets on the sandbox's helpdesk, as customers writing in would open them. */
async function seedTickets(count: number) {
  const one = async (i: number) => {
    const response = await fetch(`${e2eSandboxUrl}/__sandbox/inbound`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        from: `62813${String(1_000_000 + i).slice(1)}0`,
        body: `Pesanan #${i} belum sampai`,
        openTicket: true,
        name: `Pelanggan ${i}`,
      }),
    });
    if (!response.ok) throw new Error(`sandbox inbound: HTTP ${response.status}`);
  };
  for (let i = 0; i < count; i += 20) {
    await Promise.all(Array.from({ length: Math.min(20, count - i) }, (_, k) => one(i + k)));
  }
}

/**
 * The board with every open ticket loaded (50 per page, "Load more" until the end): INP of
 * opening three tickets' panels, INP of typing ten characters in search, and how many
 * /api/tickets requests one background refresh (every 15 s) makes.
 */
async function measureBoard(browser: Browser, cpuRate: number, storageState: string) {
  const context = await browser.newContext({
    storageState,
    viewport: { width: 1280, height: 800 },
  });
  try {
    context.setDefaultTimeout(120_000);
    await context.addInitScript(() =>
      window.localStorage.setItem("kabar.tickets.refreshSeconds", "15"),
    );
    const page = await newPage(context, cpuRate);
    await page.goto(`${e2eAppUrl}/tickets?perPage=50`, { waitUntil: "load" });
    const more = page.getByRole("button", { name: "Load more open tickets" });
    const count = page.getByTestId("count-open");
    await count.filter({ hasText: /^\d+$/ }).waitFor({ timeout: 120_000 });
    const total = Number(await count.textContent());
    const loadStarted = performance.now();
    while (await more.isVisible()) {
      await more.click();
      // Polled from here: the page's CSP forbids Playwright's function predicates.
      while ((await more.isVisible()) && (await more.isDisabled())) await page.waitForTimeout(100);
    }
    const loadAllMs = performance.now() - loadStarted;

    await page.evaluate("window.__kabarProbe.resetInteractions()");
    const buttons = page.getByRole("button", { name: /^Open ticket #/ });
    for (let i = 0; i < 3; i++) {
      await buttons.nth(i).click();
      // Generous: with every card rendered, a busy machine takes seconds here (that is measured).
      await page.getByRole("dialog").waitFor({ timeout: 120_000 });
      await page.waitForTimeout(300);
      await page.keyboard.press("Escape");
      await page.getByRole("dialog").waitFor({ state: "hidden", timeout: 120_000 });
    }
    const drawer = (await page.evaluate<Probe>("window.__kabarProbe.read()")).inpMs;

    await page.evaluate("window.__kabarProbe.resetInteractions()");
    await page.getByLabel("Search tickets").click();
    for (const ch of "pelanggan ") {
      await page.keyboard.type(ch);
      await page.waitForTimeout(100);
    }
    await page.waitForTimeout(500);
    const search = (await page.evaluate<Probe>("window.__kabarProbe.read()")).inpMs;
    await page.getByLabel("Search tickets").fill("");

    // One background refresh: every request to /api/tickets over 16 s (refresh every 15 s).
    await page.waitForLoadState("networkidle");
    let requests = 0;
    page.on("request", (request) => {
      if (new URL(request.url()).pathname === "/api/tickets") requests++;
    });
    await page.waitForTimeout(16_000);
    return { total, loadAllMs, drawer, search, refreshRequests: requests };
  } finally {
    await context.close();
  }
}

const fmtMs = (ms: number | null) => (ms === null ? "<16" : ms.toFixed(0));
const fmtKb = (bytes: number) => (bytes / KB).toFixed(1);

async function main() {
  console.log(`Page benchmark · load average at start ${load()} (1 / 5 / 15 min)`);
  if (!args["skip-build"]) {
    console.log(`Building into ${e2eDistDir}…`);
    console.log(`  built in ${build().toFixed(0)} s (load ${load()})`);
  } else if (!existsSync(path.join(e2eDistDir, "BUILD_ID"))) {
    throw new Error(`--skip-build: no build in ${e2eDistDir}`);
  }
  const bundles = readRouteBundles(e2eDistDir);
  const framework = readRuntimeBytes(e2eDistDir);

  freshDatabase();
  startServers();
  await waitForHttp(`${e2eSandboxUrl}/__sandbox/state`);
  await waitForHttp(`${e2eAppUrl}/api/health`, 120_000);

  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: launchArgs });
  type Row = {
    route: string;
    buildGzip: number | null;
    wire: number;
    encodings: string;
    lcp: Record<number, number | null>;
    cls: Record<number, number>;
  };
  const rows: Row[] = [];
  const measure = async (label: string, url: string, storageState?: string) => {
    if (only && !only.includes(label)) return;
    const row: Row = {
      route: label,
      buildGzip: bundles.find((b) => b.route === label)?.gzipBytes ?? null,
      wire: 0,
      encodings: "",
      lcp: {},
      cls: {},
    };
    await loadCold(browser, url, 1, storageState); // warms the server's route, not counted
    for (const rate of [1, THROTTLED]) {
      const loads = [];
      for (let i = 0; i < runs; i++) loads.push(await loadCold(browser, url, rate, storageState));
      row.lcp[rate] = median(loads.map((l) => l.lcpMs ?? NaN));
      row.cls[rate] = median(loads.map((l) => l.cls));
      row.wire = median(loads.map((l) => l.jsBytes));
      row.encodings = [...new Set(loads.flatMap((l) => [...l.encodings]))].join(",");
    }
    rows.push(row);
    console.log(
      `  ${label.padEnd(26)} wire ${fmtKb(row.wire).padStart(6)} KB  LCP ${fmtMs(row.lcp[1]!)} / ${fmtMs(row.lcp[THROTTLED]!)} ms  CLS ${row.cls[1]!.toFixed(3)} / ${row.cls[THROTTLED]!.toFixed(3)}`,
    );
  };

  console.log(`Loading each route cold, median of ${runs} (load ${load()})…`);
  // /setup is only served while the database has no user: measured before the seed.
  await measure("/setup", "/setup");
  const ids = await seedData(Number(args.sends));
  const state = path.resolve(e2eDistDir, "bench-admin.json");
  await signIn(browser, state);
  for (const route of routes(ids)) {
    await measure(route.label, route.path, route.signedIn ? state : undefined);
  }

  console.log(`Interactions (load ${load()})…`);
  const inp: { name: string; plain: number | null; throttled: number | null }[] = [];
  for (const interaction of interactions) {
    if (only && !only.includes(interaction.path)) continue;
    const result = {
      name: interaction.name,
      plain: null as number | null,
      throttled: null as number | null,
    };
    result.plain = (await measureInteraction(browser, interaction, 1, state)).inpMs;
    result.throttled = (await measureInteraction(browser, interaction, THROTTLED, state)).inpMs;
    inp.push(result);
    console.log(
      `  ${interaction.name.padEnd(26)} INP ${fmtMs(result.plain)} / ${fmtMs(result.throttled)} ms`,
    );
  }

  let keystrokes: Record<string, Awaited<ReturnType<typeof measureKeystrokes>>> = {};
  if (!only || only.includes("/composer")) {
    console.log(`Composer keystrokes on a 1,000-character message (load ${load()})…`);
    keystrokes = {
      "1×": await measureKeystrokes(browser, 1, state),
      [`${THROTTLED}×`]: await measureKeystrokes(browser, THROTTLED, state),
    };
  }
  let board: Record<string, Awaited<ReturnType<typeof measureBoard>>> = {};
  const tickets = Number(args.tickets);
  if (tickets > 0 && (!only || only.includes("/tickets"))) {
    console.log(`Board with ${tickets} more open tickets, all loaded (load ${load()})…`);
    await seedTickets(tickets);
    board = {
      "1×": await measureBoard(browser, 1, state),
      [`${THROTTLED}×`]: await measureBoard(browser, THROTTLED, state),
    };
  }
  await browser.close();
  stopServers();

  console.log(
    `\nFirst-load JS (KB = 1,000 bytes, gzip) · of which the runtime every page loads first (Next.js, React): ${fmtKb(framework)} KB`,
  );
  console.log(
    `${"route".padEnd(26)} ${"build".padStart(7)} ${"wire".padStart(7)}  ${"LCP 1×".padStart(7)} ${"LCP 4×".padStart(7)}  ${"CLS 1×".padStart(6)} ${"CLS 4×".padStart(6)}`,
  );
  for (const row of rows) {
    console.log(
      `${row.route.padEnd(26)} ${(row.buildGzip === null ? "—" : fmtKb(row.buildGzip)).padStart(7)} ${fmtKb(row.wire).padStart(7)}  ${fmtMs(row.lcp[1]!).padStart(7)} ${fmtMs(row.lcp[THROTTLED]!).padStart(7)}  ${row.cls[1]!.toFixed(3).padStart(6)} ${row.cls[THROTTLED]!.toFixed(3).padStart(6)}`,
    );
  }
  const encodings = [...new Set(rows.flatMap((r) => r.encodings.split(",")))].join(", ");
  console.log(`JS content-encoding served: ${encodings}`);
  console.log(`\nINP (worst interaction, ms; "<16" = none took 16 ms or more)`);
  for (const r of inp) {
    console.log(
      `${r.name.padEnd(26)} 1× ${fmtMs(r.plain).padStart(5)}   4× ${fmtMs(r.throttled).padStart(5)}`,
    );
  }
  if (Object.keys(keystrokes).length > 0) {
    console.log(`\nComposer: keystroke → preview and request view, 1,000-character message (ms)`);
    for (const [rate, k] of Object.entries(keystrokes)) {
      console.log(
        `CPU ${rate.padEnd(3)} p50 ${k.p50.toFixed(1)}  p95 ${k.p95.toFixed(1)}  max ${k.max.toFixed(1)}  (${k.count} keystrokes; worst keystroke to next paint ${fmtMs(k.toPaintWorst)})`,
      );
    }
  }
  for (const [rate, b] of Object.entries(board)) {
    if (rate === Object.keys(board)[0]) {
      console.log(`\nBoard: ${b.total} open tickets, all loaded (50 per page)`);
    }
    console.log(
      `CPU ${rate.padEnd(3)} loading every page ${(b.loadAllMs / 1000).toFixed(1)} s · open a ticket INP ${fmtMs(b.drawer)} ms · search typing INP ${fmtMs(b.search)} ms · one background refresh: ${b.refreshRequests} requests`,
    );
  }
  console.log(`\nLoad average at end ${load()}`);
  if (args.json) {
    writeFileSync(
      args.json,
      JSON.stringify(
        { load: loadavg(), framework, bundles, rows, inp, keystrokes, board },
        null,
        2,
      ),
    );
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    stopServers();
    console.error(error);
    process.exit(1);
  },
);
