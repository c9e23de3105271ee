#!/usr/bin/env node
// `node scripts/check-bundle-budgets.mjs [distDir]`: after `next build`, prints first-load JS per
// route against its budget (scripts/bundle-budgets.config.mjs) and exits 1 when any is over.
// The bytes come from the build output, so the check gives the same answer on any machine.
import { budgets } from "./bundle-budgets.config.mjs";
import { checkBudgets, formatBudgetReport } from "./lib/bundle-budgets.mjs";
import { chunkSizer, readRouteBundles } from "./lib/route-bundles.mjs";

/** Runs the check on a build folder; returns the result (npm test counts routes from it). */
export function checkBuild(distDir) {
  const sizer = chunkSizer(distDir);
  const result = checkBudgets(readRouteBundles(distDir, sizer), budgets, sizer.gzip);
  for (const line of formatBudgetReport(result, budgets)) console.log(line);
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const distDir = process.argv[2] ?? process.env.NEXT_DIST_DIR ?? ".next";
  const result = checkBuild(distDir);
  process.exit(result.problems.length > 0 ? 1 : 0);
}
