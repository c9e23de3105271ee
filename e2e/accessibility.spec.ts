import { mkdir, writeFile } from "node:fs/promises";
import { test } from "@playwright/test";
import { E2E_APP_PORT } from "../scripts/lib/test-env.mjs";
import { expectNoSeriousAxeViolations } from "../tests/support/e2e/axe";
import { tourStops, visitStop } from "../tests/support/e2e/page-tour";

// Zero serious or critical axe violations on every page and main state, on a desktop and on a
// phone, in light and in dark. Each state's findings are also written to
// test-results/axe-<port>/ for the record.

const layouts = [
  { name: "desktop", viewport: { width: 1280, height: 800 } },
  { name: "phone", viewport: { width: 390, height: 844 } },
] as const;
const schemes = ["light", "dark"] as const;
// Beside Playwright's output folder, which each run empties.
const recordDir = `test-results/axe-${E2E_APP_PORT}`;

for (const layout of layouts) {
  for (const scheme of schemes) {
    test.describe(`axe on ${layout.name}, ${scheme}`, () => {
      test.use({ viewport: layout.viewport, colorScheme: scheme });
      for (const stop of tourStops) {
        test(`${stop.name} has no serious or critical violations`, async ({ page }) => {
          // One test walks all of a page's states (the composer has one per message kind).
          test.setTimeout(120_000);
          await mkdir(recordDir, { recursive: true });
          await visitStop(page, stop, async (state) => {
            const findings = await expectNoSeriousAxeViolations(
              page,
              `${state} (${layout.name}, ${scheme})`,
            );
            const file = `${layout.name}-${scheme}-${state.replace(/[^a-z0-9]+/gi, "-")}.json`;
            await writeFile(`${recordDir}/${file}`, JSON.stringify(findings, null, 2));
          });
        });
      }
    });
  }
}
