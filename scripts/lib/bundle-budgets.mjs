// Checks each page route's first-load JS (scripts/lib/route-bundles.mjs) against its budget.
// Pure: it takes the measured bundles and the budgets and returns one row per route and the
// failures, so scripts/check-bundle-budgets.mjs prints them and the tests can check the rules.
import { KB } from "./route-bundles.mjs";

/**
 * @typedef {{ route: string, gzipBytes: number, chunks: string[] }} Bundle
 * @typedef {{ total: number, own: number, reason: string }} RouteBudget a route allowed more
 *   than the defaults, and why
 * @typedef {{ shared: number, own: number, defaultRoute: number,
 *   routes: Record<string, number | RouteBudget> }} Budgets all in KB (1,000 bytes, gzip)
 * @typedef {{ route: string, total: number, own: number, budget: number, ok: boolean,
 *   problems: string[] }} Row  bytes, except budget (KB)
 */

/** The chunks every page route loads: Next.js, React and whatever the root layout adds. */
export function sharedChunks(bundles) {
  if (bundles.length === 0) return new Set();
  const [first, ...rest] = bundles;
  const shared = new Set(first.chunks);
  for (const bundle of rest) {
    for (const chunk of shared) if (!bundle.chunks.includes(chunk)) shared.delete(chunk);
  }
  return shared;
}

/**
 * @param {Bundle[]} bundles
 * @param {Budgets} budgets
 * @param {(chunk: string) => number} gzipOf compressed size of one chunk
 */
export function checkBudgets(bundles, budgets, gzipOf) {
  const shared = sharedChunks(bundles);
  const sharedBytes = [...shared].reduce((n, chunk) => n + gzipOf(chunk), 0);
  const problems = [];
  if (sharedBytes > budgets.shared * KB) {
    problems.push(
      `every page: the chunks all routes share weigh ${fmt(sharedBytes)} KB, over their budget of ${budgets.shared} KB (+${fmt(sharedBytes - budgets.shared * KB)}). Something was added to the root layout or to Next.js's own chunks.`,
    );
  }
  const rows = bundles
    .map((bundle) => {
      const set = budgets.routes[bundle.route];
      const budget = (typeof set === "object" ? set.total : set) ?? budgets.defaultRoute;
      const ownBudget = typeof set === "object" ? set.own : budgets.own;
      const own = bundle.gzipBytes - sharedBytes;
      const rowProblems = [];
      if (bundle.gzipBytes > budget * KB) {
        rowProblems.push(
          `${bundle.route}: first-load JS ${fmt(bundle.gzipBytes)} KB is over its budget of ${budget} KB (+${fmt(bundle.gzipBytes - budget * KB)})`,
        );
      }
      if (own > ownBudget * KB) {
        rowProblems.push(
          `${bundle.route}: its own JS (above what every page shares) is ${fmt(own)} KB, over ${ownBudget} KB (+${fmt(own - ownBudget * KB)})`,
        );
      }
      return {
        route: bundle.route,
        total: bundle.gzipBytes,
        own,
        budget,
        ok: rowProblems.length === 0,
        problems: rowProblems,
      };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
  return {
    sharedBytes,
    rows,
    problems: [...problems, ...rows.flatMap((r) => r.problems)],
    unknownBudgets: Object.keys(budgets.routes).filter(
      (route) => !bundles.some((b) => b.route === route),
    ),
  };
}

function fmt(bytes) {
  return (bytes / KB).toFixed(1);
}

/** The report as lines of text: one row per route, then what is over budget. */
export function formatBudgetReport(result, budgets) {
  const lines = [
    `First-load JS per route (gzip, KB = 1,000 bytes). Every page shares ${fmt(result.sharedBytes)} KB (Next.js, React, the root layout; budget ${budgets.shared} KB); "own" is the rest, at most ${budgets.own} KB.`,
    `${"route".padEnd(28)} ${"total".padStart(7)} ${"own".padStart(6)} ${"budget".padStart(7)} ${"room".padStart(6)}`,
  ];
  for (const row of result.rows) {
    const room = row.budget * KB - row.total;
    lines.push(
      `${row.route.padEnd(28)} ${fmt(row.total).padStart(7)} ${fmt(row.own).padStart(6)} ${String(row.budget).padStart(7)} ${fmt(room).padStart(6)}${row.ok ? "" : "  ✗ over"}`,
    );
  }
  for (const route of result.unknownBudgets) {
    lines.push(`note: a budget is set for ${route}, which the build does not have`);
  }
  if (result.problems.length > 0) {
    lines.push("", "Over budget:", ...result.problems.map((p) => `  ✗ ${p}`));
    lines.push(
      "Load what is not needed at first paint later (next/dynamic, import() on first use), keep it on the server, or raise the budget in scripts/bundle-budgets.config.mjs with the reason.",
    );
  }
  return lines;
}
