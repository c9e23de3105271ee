import { mkdir, writeFile } from "node:fs/promises";
import { test, type Page } from "@playwright/test";
import { E2E_APP_PORT } from "../scripts/lib/test-env.mjs";
import { expectNoSeriousAxeViolations } from "../tests/support/e2e/axe";
import { tourStops, visitStop } from "../tests/support/e2e/page-tour";

// Zero serious or critical axe violations on every page and main state, on a desktop and on a
// phone, in light and in dark. Each state is reached once and scanned four times: the screen
// size and the colour scheme change in place (both are CSS media queries), which keeps the tour
// short. Each scan's findings are also written to test-results/axe-<port>/ for the record.

const looks = [
  { layout: "desktop", viewport: { width: 1280, height: 800 }, scheme: "light" },
  { layout: "desktop", viewport: { width: 1280, height: 800 }, scheme: "dark" },
  { layout: "phone", viewport: { width: 390, height: 844 }, scheme: "dark" },
  { layout: "phone", viewport: { width: 390, height: 844 }, scheme: "light" },
] as const;
// Beside Playwright's output folder, which each run empties.
const recordDir = `test-results/axe-${E2E_APP_PORT}`;

async function scanEveryLook(page: Page, state: string) {
  for (const look of looks) {
    await page.setViewportSize(look.viewport);
    await page.emulateMedia({ colorScheme: look.scheme });
    const name = `${state} (${look.layout}, ${look.scheme})`;
    const findings = await expectNoSeriousAxeViolations(page, name);
    const file = `${look.layout}-${look.scheme}-${state.replace(/[^a-z0-9]+/gi, "-")}.json`;
    await writeFile(`${recordDir}/${file}`, JSON.stringify(findings, null, 2));
  }
  // The next state starts from the desktop, as a stop's own steps expect.
  await page.setViewportSize(looks[0].viewport);
  await page.emulateMedia({ colorScheme: "light" });
}

for (const stop of tourStops) {
  test(`${stop.name} has no serious or critical axe violations, light and dark, desktop and phone`, async ({
    page,
  }) => {
    // One test walks all of a page's states (the composer stops have four message kinds each),
    // and scans each state four times: time for the work, not for waiting on anything.
    test.setTimeout(240_000);
    await mkdir(recordDir, { recursive: true });
    await visitStop(page, stop, (state) => scanEveryLook(page, state));
  });
}
