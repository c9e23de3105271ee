import { expect, type Page } from "@playwright/test";

/**
 * Opens the composer and waits until React has taken the page over: an option chosen on the
 * server's HTML before that would be reset by hydration (on a busy machine this takes seconds).
 */
export async function gotoComposer(page: Page, query = "") {
  await page.goto(`/composer${query}`);
  await expect(page.getByRole("form", { name: "Compose message" })).toHaveAttribute(
    "data-hydrated",
    "true",
  );
}
