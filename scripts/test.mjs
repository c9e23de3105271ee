#!/usr/bin/env node
// `npm test`: installs what is missing, then runs every check and test suite and ends with one
// line "N passed, M failed" that adds them all up. One part alone: `npm test -- <part>`:
//   static (TypeScript, ESLint, Prettier) · unit, integration (Vitest projects, vitest.config.ts)
//   · postgres (the integration tests again on a PostgreSQL server) · e2e (Playwright)
//   · multi-instance (two `next start` servers and two workers on one PostgreSQL, from the
//     browser tests' build: tests/multi-instance).
// The postgres parts need a server (KABAR_TEST_POSTGRES_URL, default the local one):
// `npm test -- postgres` starts Debian's local PostgreSQL where it can (as root); a full run
// without a server skips that part and says so in one line.
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { ensureDependencies, npxBin, run } from "./lib/run.mjs";
import { e2eDistDir, e2eEnv } from "./lib/test-env.mjs";
import { generateClients } from "./db-generate.mjs";
import { checkBuild } from "./check-bundle-budgets.mjs";

const startedAt = performance.now();
const out = ".test-output";
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const only = process.argv.slice(2); // e.g. `npm test -- unit` or `npm test -- unit integration`
const wants = (suite) => only.length === 0 || only.includes(suite);
// The Vitest projects, in order; each is also a part of its own name.
const vitestProjects = ["unit", "integration", "postgres"];
const parts = ["static", ...vitestProjects, "e2e", "multi-instance"];
const unknown = only.filter((part) => !parts.includes(part));
if (unknown.length > 0) {
  console.error(`Unknown part ${unknown.join(", ")}: choose from ${parts.join(", ")}.`);
  process.exit(2);
}

ensureDependencies();
const results = [];
const record = (suite, passed, failed, note = "") => results.push({ suite, passed, failed, note });
const timings = [];
/** Runs one step and notes its wall time for the summary. */
const timed = (label, step) => {
  const started = performance.now();
  const result = step();
  timings.push({ label, seconds: (performance.now() - started) / 1000 });
  return result;
};

if (generateClients() !== 0) record("prisma generate", 0, 1);

let postgresSkipped = null;
let postgresReady = false;
if (wants("postgres") || wants("multi-instance")) {
  // After ensureDependencies: it needs pg.
  const { describePostgresUrl, ensureLocalPostgres } = await import("./lib/local-postgres.mjs");
  const asked = only.includes("postgres") || only.includes("multi-instance");
  const server = await ensureLocalPostgres({ start: asked });
  postgresReady = server.ok;
  if (!server.ok) {
    const where = `no PostgreSQL server at ${describePostgresUrl(server.url)} (${server.reason})`;
    if (asked) record("postgres server", 0, 1, where);
    else {
      postgresSkipped = `PostgreSQL and multi-instance suites skipped: ${where}; run it with \`npm test -- postgres\` (starts the local server where it can) or set KABAR_TEST_POSTGRES_URL.`;
      console.log(`\n${postgresSkipped}`);
    }
  }
}

if (wants("static")) {
  for (const [name, bin, args] of [
    ["typescript", "tsc", ["--noEmit", "-p", "tsconfig.json"]],
    ["eslint", "eslint", [".", "--max-warnings=0"]],
    ["prettier", "prettier", ["--check", ".", "--log-level=warn"]],
  ]) {
    console.log(`\n▶ ${name}`);
    const ok = timed(name, () => run(npxBin(bin), args)) === 0;
    record(name, ok ? 1 : 0, ok ? 0 : 1);
  }
}

const runnable = (project) => project !== "postgres" || postgresReady;
for (const project of vitestProjects.filter(wants).filter(runnable)) runVitest(project);

let e2eBuilt = false;
if (wants("e2e")) {
  const browser = ensureChromium();
  const env = { ...process.env, ...e2eEnv, NODE_ENV: "production" };
  console.log("\n▶ next build (for the browser tests)");
  const built = timed("next build", () => run(npxBin("next"), ["build"], { env })) === 0;
  e2eBuilt = built;
  if (built) checkBundleBudgets();
  if (!built) {
    record("next build", 0, 1);
  } else if (!browser) record("playwright", 0, 1, "no Chromium (see above)");
  else {
    console.log("\n▶ playwright (Chromium)");
    const file = `${out}/playwright.json`;
    const code = timed("playwright", () =>
      run(npxBin("playwright"), ["test"], {
        env: { ...process.env, CHROMIUM_PATH: browser, PLAYWRIGHT_JSON_OUTPUT_NAME: file },
      }),
    );
    if (existsSync(file)) {
      const report = JSON.parse(readFileSync(file, "utf8"));
      const s = report.stats ?? {};
      const passed = (s.expected ?? 0) + (s.flaky ?? 0);
      // Errors outside any test (a web server that did not start, a broken config) fail the run
      // too, and so does a run that ran nothing: a suite that cannot fail proves nothing.
      const failed = (s.unexpected ?? 0) + (report.errors?.length ?? 0);
      if (failed === 0 && (code !== 0 || passed === 0)) {
        record("playwright", passed, 1, code !== 0 ? `exit code ${code}` : "no test ran");
      } else record("playwright", passed, failed);
    } else record("playwright", 0, 1, "no report written");
  }
}

if (wants("multi-instance") && postgresReady) {
  // The browser tests' build, made above in a full run; built here when this part runs alone.
  let built = e2eBuilt;
  if (!built) {
    console.log("\n▶ next build (for the multi-instance test)");
    const env = { ...process.env, ...e2eEnv, NODE_ENV: "production" };
    built = timed("next build", () => run(npxBin("next"), ["build"], { env })) === 0;
  }
  if (built) runVitest("multi-instance");
  else record("multi-instance", 0, 1, `no build in ${e2eDistDir}`);
}

console.log("\nSummary");
for (const r of results) {
  console.log(
    `  ${r.suite.padEnd(16)} ${r.passed} passed, ${r.failed} failed${r.note ? ` (${r.note})` : ""}`,
  );
}
if (postgresSkipped) console.log(`  ${postgresSkipped}`);
const total = (performance.now() - startedAt) / 1000;
const steps = timings.map((t) => `${t.label} ${t.seconds.toFixed(0)} s`);
console.log(`  wall time        ${[...steps, `total ${total.toFixed(0)} s`].join(" · ")}`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

/** Runs one Vitest project and records its passes and failures. */
function runVitest(project) {
  console.log(`\n▶ vitest --project ${project}`);
  const file = `${out}/vitest-${project}.json`;
  const code = timed(`vitest ${project}`, () =>
    run(npxBin("vitest"), [
      "run",
      `--project=${project}`,
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${file}`,
    ]),
  );
  if (existsSync(file)) {
    const r = JSON.parse(readFileSync(file, "utf8"));
    const failedSuites = (r.testResults ?? []).filter(
      (s) => s.status === "failed" && s.assertionResults.length === 0,
    ).length;
    const failed = r.numFailedTests + failedSuites;
    // Unhandled errors between tests, or a project that ran nothing, fail the run as well.
    if (failed === 0 && (code !== 0 || r.numPassedTests === 0)) {
      record(project, r.numPassedTests, 1, code !== 0 ? `exit code ${code}` : "no test ran");
    } else record(project, r.numPassedTests, failed);
  } else record(project, 0, 1, "no report written");
}

/**
 * First-load JS per route against its budget (scripts/bundle-budgets.config.mjs), read from the
 * build just made: bytes, not timings, so it gives the same answer on every machine. One pass
 * per route within budget, one failure per route over it (and one if the shared chunks are).
 */
function checkBundleBudgets() {
  console.log("\n▶ bundle budgets (scripts/check-bundle-budgets.mjs)");
  const result = timed("bundle budgets", () => checkBuild(e2eEnv.NEXT_DIST_DIR));
  const over = result.rows.filter((row) => !row.ok).length;
  const sharedOver = result.problems.length > result.rows.flatMap((row) => row.problems).length;
  record("bundle budgets", result.rows.length - over, over + (sharedOver ? 1 : 0));
}

/** Finds Chromium; as root on Debian installs Debian's package; otherwise says what to install. */
function ensureChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  const found = candidates.find((p) => p && existsSync(p));
  if (found) return found;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log("Installing Debian's Chromium for the browser tests (apt-get install chromium)…");
    spawnSync("apt-get", ["update"], { stdio: "inherit" });
    spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  }
  console.error(
    "Browser tests need Chromium: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.",
  );
  return null;
}
