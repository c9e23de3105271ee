import { expect, test, type Page } from "@playwright/test";
import { signIn } from "../tests/support/e2e/auth";
import { gotoComposer } from "../tests/support/e2e/composer";
import { tourStops, visitStop } from "../tests/support/e2e/page-tour";

// Kabar on a phone (390 × 844): the navigation is a drawer behind a Menu button, no page scrolls
// sideways, and the controls are big enough for a thumb.

test.use({ viewport: { width: 390, height: 844 } });

/** How far the page (or its main area) is wider than the screen, in CSS pixels; 0 when it fits. */
async function sidewaysOverflow(page: Page) {
  return page.evaluate(() => {
    const main = document.getElementById("main");
    return {
      page: document.documentElement.scrollWidth - window.innerWidth,
      main: main ? main.scrollWidth - main.clientWidth : 0,
    };
  });
}

/** The visible buttons, fields and tabs shorter than 44 px, by their text or label. */
async function smallTouchTargets(page: Page) {
  return page.evaluate(() =>
    Array.from(
      document.querySelectorAll<HTMLElement>(
        'button, select, input:not([type="checkbox"]):not([type="radio"]):not([type="hidden"]), [role="tab"]',
      ),
    )
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && box.height < 44;
      })
      .map(
        (el) =>
          `${el.tagName.toLowerCase()} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}" ${Math.round(el.getBoundingClientRect().height)}px`,
      ),
  );
}

test("the navigation opens as a drawer from the Menu button and closes on a link or Escape", async ({
  page,
}) => {
  await signIn(page, "admin");
  const nav = page.getByRole("navigation", { name: "Main" });
  const menu = page.getByRole("button", { name: "Menu" });
  await expect(nav).toBeHidden();
  await expect(menu).toHaveAttribute("aria-expanded", "false");

  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await nav.getByRole("link", { name: "History" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "History" })).toBeVisible();
  await expect(nav).toBeHidden();

  await menu.click();
  await expect(nav).toBeVisible();
  await expect(page.getByRole("button", { name: "Close" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(nav).toBeHidden();
  await expect(menu).toBeFocused();
});

test("the composer's preview is one tap away", async ({ page }) => {
  await signIn(page, "admin");
  await gotoComposer(page);
  const preview = page.getByRole("region", { name: "WhatsApp preview" });
  await expect(preview).not.toBeInViewport();
  await page.getByRole("link", { name: "Preview", exact: true }).click();
  await expect(preview).toBeInViewport();
});

for (const stop of tourStops) {
  test(`${stop.name} fits a 390 px screen with thumb-sized controls`, async ({ page }) => {
    test.setTimeout(120_000); // one test walks all of a page's states
    await visitStop(page, stop, async (state) => {
      expect.soft(await sidewaysOverflow(page), `sideways overflow on ${state}`).toEqual({
        page: 0,
        main: 0,
      });
      expect.soft(await smallTouchTargets(page), `controls under 44 px on ${state}`).toEqual([]);
    });
  });
}
