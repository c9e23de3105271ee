import { describe, expect, it } from "vitest";
import { checkBudgets, formatBudgetReport, sharedChunks } from "./bundle-budgets.mjs";

// Chunk sizes in bytes (gzip); KB = 1,000 bytes.
const sizes: Record<string, number> = {
  runtime: 130_000,
  layout: 8_000,
  form: 2_000,
  chart: 40_000,
  table: 12_000,
};
const gzipOf = (chunk: string) => sizes[chunk]!;
const bundle = (route: string, chunks: string[]) => ({
  route,
  chunks,
  gzipBytes: chunks.reduce((n, c) => n + gzipOf(c), 0),
});
const budgets = { shared: 142, own: 30, defaultRoute: 170, routes: { "/sign-in": 145 } };

describe("bundle budgets", () => {
  it("counts as shared only the chunks every route loads", () => {
    const shared = sharedChunks([
      bundle("/a", ["runtime", "layout", "form"]),
      bundle("/b", ["runtime", "layout", "table"]),
    ]);
    expect([...shared].sort()).toEqual(["layout", "runtime"]);
  });

  it("passes routes within their budget and own share", () => {
    const result = checkBudgets(
      [
        bundle("/sign-in", ["runtime", "layout", "form"]),
        bundle("/history", ["runtime", "layout", "table"]),
      ],
      budgets,
      gzipOf,
    );
    expect(result.sharedBytes).toBe(138_000);
    expect(result.problems).toEqual([]);
    expect(result.rows.map((r) => [r.route, r.own, r.budget])).toEqual([
      ["/history", 12_000, 170],
      ["/sign-in", 2_000, 145],
    ]);
  });

  it("fails a route over its own budget, naming it and by how much", () => {
    const result = checkBudgets(
      [
        bundle("/sign-in", ["runtime", "layout", "form", "table"]),
        bundle("/history", ["runtime", "layout"]),
      ],
      budgets,
      gzipOf,
    );
    expect(result.problems).toEqual([
      "/sign-in: first-load JS 152.0 KB is over its budget of 145 KB (+7.0)",
    ]);
    expect(formatBudgetReport(result, budgets).join("\n")).toContain("/sign-in");
  });

  it("fails a route whose own JS is over 30 KB even under its total budget", () => {
    const result = checkBudgets(
      [bundle("/overview", ["runtime", "chart"]), bundle("/history", ["runtime"])],
      { ...budgets, shared: 200, defaultRoute: 200 },
      gzipOf,
    );
    expect(result.problems).toEqual([
      "/overview: its own JS (above what every page shares) is 40.0 KB, over 30 KB (+10.0)",
    ]);
  });

  it("lets a route with its own budget and reason carry more, and no more than that", () => {
    const raised = {
      ...budgets,
      routes: { "/overview": { total: 175, own: 41, reason: "chart not split yet" } },
    };
    const pass = checkBudgets(
      [bundle("/overview", ["runtime", "chart"]), bundle("/history", ["runtime"])],
      raised,
      gzipOf,
    );
    expect(pass.problems).toEqual([]);
    const fail = checkBudgets(
      [bundle("/overview", ["runtime", "chart", "form"]), bundle("/history", ["runtime"])],
      raised,
      gzipOf,
    );
    expect(fail.problems).toEqual([
      "/overview: its own JS (above what every page shares) is 42.0 KB, over 41 KB (+1.0)",
    ]);
  });

  it("fails when what every page shares grows past its budget", () => {
    const result = checkBudgets(
      [bundle("/a", ["runtime", "layout", "table"]), bundle("/b", ["runtime", "layout", "table"])],
      budgets,
      gzipOf,
    );
    expect(result.problems[0]).toMatch(/^every page: the chunks all routes share weigh 150\.0 KB/);
  });

  it("notes a budget for a route the build does not have", () => {
    const result = checkBudgets([bundle("/a", ["runtime"])], budgets, gzipOf);
    expect(result.unknownBudgets).toEqual(["/sign-in"]);
  });
});
