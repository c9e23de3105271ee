// The accessibility check of the browser tests: axe-core's WCAG 2.x A/AA rules plus the
// (experimental, off by default) rule that a control's accessible name contains its visible
// text. A serious or critical violation fails the test; milder ones are only reported.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const FAILING_IMPACTS = new Set(["serious", "critical"]);

export interface AxeFinding {
  rule: string;
  impact: string;
  targets: string[];
}

/** Runs axe on the page as it is now and returns its serious and critical findings. */
export async function seriousAxeFindings(page: Page): Promise<AxeFinding[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .options({ rules: { "label-content-name-mismatch": { enabled: true } } })
    .analyze();
  return results.violations
    .filter((v) => FAILING_IMPACTS.has(v.impact ?? ""))
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? "",
      targets: v.nodes.map((n) => n.target.join(" ")),
    }));
}

/** Fails (softly, so one run lists every state) on any serious or critical axe violation. */
export async function expectNoSeriousAxeViolations(page: Page, state: string) {
  const findings = await seriousAxeFindings(page);
  expect.soft(findings, `serious/critical axe violations on ${state}`).toEqual([]);
  return findings;
}
