import { expect, test } from "@playwright/test";
import { e2eAppUrl } from "../scripts/lib/test-env.mjs";
import { signIn } from "../tests/support/e2e/auth";
import { backgroundLuminance, isDark } from "../tests/support/e2e/colours";
import { tourStops, visitStop } from "../tests/support/e2e/page-tour";

// Dark mode: the device's choice by default, or light or dark as picked on the Account page
// (kept in the browser, so the sign-in page follows it too).

test("the Account page switches between light, dark and the device's choice, and remembers it", async ({
  page,
  browser,
}) => {
  await page.emulateMedia({ colorScheme: "light" });
  await signIn(page, "admin");
  await page.goto("/account");
  const colours = page.getByRole("group", { name: "Colours" });
  await expect(colours.getByRole("radio", { name: "Same as this device" })).toBeChecked();
  expect(isDark(await backgroundLuminance(page, "body"))).toBe(false);

  await colours.getByRole("radio", { name: "Dark" }).check();
  expect(isDark(await backgroundLuminance(page, "body"))).toBe(true);
  await page.reload();
  await expect(colours.getByRole("radio", { name: "Dark" })).toBeChecked();
  expect(isDark(await backgroundLuminance(page, "body"))).toBe(true);

  // The sign-in page keeps the choice: a signed-out visitor with this browser's theme cookie.
  // (Not by signing out, which would end the demo session the other tests share.)
  const themeCookie = (await page.context().cookies()).filter((c) => c.name === "kabar-theme");
  expect(themeCookie).toHaveLength(1);
  const visitor = await browser.newContext({ colorScheme: "light" });
  await visitor.addCookies(themeCookie);
  const signInPage = await visitor.newPage();
  await signInPage.goto(`${e2eAppUrl}/sign-in`);
  await expect(signInPage.getByRole("heading", { name: /Sign in to/ })).toBeVisible();
  expect(isDark(await backgroundLuminance(signInPage, "body"))).toBe(true);
  await visitor.close();

  // Light wins over a dark device.
  await colours.getByRole("radio", { name: "Light" }).check();
  await page.emulateMedia({ colorScheme: "dark" });
  await page.reload();
  expect(isDark(await backgroundLuminance(page, "body"))).toBe(false);
  await colours.getByRole("radio", { name: "Same as this device" }).check();
  expect(isDark(await backgroundLuminance(page, "body"))).toBe(true);
});

test.describe("on a device that prefers dark", () => {
  test.use({ colorScheme: "dark" });

  test("the WhatsApp preview takes WhatsApp's dark colours", async ({ page }) => {
    await signIn(page, "admin");
    await page.goto("/composer");
    const preview = page.getByRole("region", { name: "WhatsApp preview" });
    await expect(preview).toHaveCSS("background-color", "rgb(11, 20, 26)");
    await expect(preview.locator("header")).toHaveCSS("background-color", "rgb(32, 44, 51)");
  });

  for (const stop of tourStops) {
    test(`${stop.name} is dark`, async ({ page }) => {
      test.setTimeout(120_000); // one test walks all of a page's states
      await visitStop(page, stop, async (state) => {
        expect
          .soft(isDark(await backgroundLuminance(page, "body")), `page background on ${state}`)
          .toBe(true);
        if ((await page.locator("main .bg-white").count()) > 0) {
          const surface = await backgroundLuminance(page, "main .bg-white");
          expect.soft(isDark(surface), `a card's background on ${state}`).toBe(true);
        }
      });
    });
  }
});
