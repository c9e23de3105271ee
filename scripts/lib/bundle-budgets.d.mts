export type Bundle = { route: string; gzipBytes: number; chunks: string[] };
export type Budgets = {
  shared: number;
  own: number;
  defaultRoute: number;
  /** A number raises the total only; an object raises both, with the reason. */
  routes: Record<string, number | { total: number; own: number; reason: string }>;
};
export type BudgetRow = {
  route: string;
  total: number;
  own: number;
  budget: number;
  ok: boolean;
  problems: string[];
};
export type BudgetResult = {
  sharedBytes: number;
  rows: BudgetRow[];
  problems: string[];
  unknownBudgets: string[];
};
export declare function sharedChunks(bundles: Bundle[]): Set<string>;
export declare function checkBudgets(
  bundles: Bundle[],
  budgets: Budgets,
  gzipOf: (chunk: string) => number,
): BudgetResult;
export declare function formatBudgetReport(result: BudgetResult, budgets: Budgets): string[];
