import { mkdir, writeFile } from "node:fs/promises";
import { test } from "@playwright/test";
import { E2E_APP_PORT } from "../scripts/lib/test-env.mjs";
import { expectNoSeriousAxeViolations, type AxeFinding } from "../tests/support/e2e/axe";
import { tourStops, visitStop } from "../tests/support/e2e/page-tour";

// Zero serious or critical axe violations on every page and main state, on a desktop and on a
// phone. Each finding is also written to test-results/<port>/axe-<layout>.json for the record.

const layouts = [
  { name: "desktop", viewport: { width: 1280, height: 800 } },
  { name: "phone", viewport: { width: 390, height: 844 } },
] as const;

for (const layout of layouts) {
  test.describe(`axe on ${layout.name}`, () => {
    test.use({ viewport: layout.viewport });
    const found: Record<string, AxeFinding[]> = {};
    test.afterAll(async () => {
      await mkdir(`test-results/${E2E_APP_PORT}`, { recursive: true });
      await writeFile(
        `test-results/${E2E_APP_PORT}/axe-${layout.name}.json`,
        JSON.stringify(found, null, 2),
      );
    });
    for (const stop of tourStops) {
      test(`${stop.name} has no serious or critical violations`, async ({ page }) => {
        await visitStop(page, stop, async (state) => {
          found[state] = await expectNoSeriousAxeViolations(page, `${state} (${layout.name})`);
        });
      });
    }
  });
}
