// The campaign wizard in the browser, by role and label: name and sender, a template message,
// an audience pasted from a spreadsheet with invalid numbers, a missing variable and duplicates,
// the review's figures, a row's preview and exact request, the rejected-rows CSV, and the launch.
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "../tests/support/e2e/auth";
import { uniqueNumberPrefix } from "../tests/support/e2e/database";

test.describe.configure({ timeout: 120_000 });
test.use({ timezoneId: "Asia/Jakarta" });

function numbers(count: number) {
  const prefix = uniqueNumberPrefix();
  return Array.from({ length: count }, (_, i) => {
    const digits = `${prefix}${String(i).padStart(2, "0")}`;
    return { national: `0${digits.slice(2)}`, digits };
  });
}

async function next(page: Page, name: string, then: string) {
  await page.getByRole("button", { name }).click();
  await expect(page.locator('[aria-current="step"]')).toContainText(then);
}

test("the whole wizard with a bad spreadsheet, its review and its rejected rows", async ({
  page,
}) => {
  await signIn(page, "agent");
  const [a, b, c] = numbers(3);
  const name = `Promo ${Math.random().toString(36).slice(2, 7)}`;

  await page.goto("/campaigns/new");
  await expect(page.getByRole("heading", { level: 1, name: "New campaign" })).toBeVisible();
  await page.getByRole("button", { name: "Next: message" }).click();
  await expect(page.getByLabel("Campaign name")).toHaveAccessibleDescription(/required/);
  await page.getByLabel("Campaign name").fill(name);
  await next(page, "Next: message", "Message");
  await expect(page).toHaveURL(/\/campaigns\/new\?id=/);

  // A reload loses nothing: the draft is in the database.
  await page.reload();
  await expect(page.getByText(`Draft ${name}`)).toBeVisible();
  await page.getByLabel("Message type").selectOption({ label: "Template (HSM)" });
  const templateSelect = page.getByLabel("Template", { exact: true });
  const welcome = await templateSelect
    .locator("option", { hasText: "welcome_msg" })
    .first()
    .getAttribute("value");
  await templateSelect.selectOption(welcome);
  await expect(page.getByRole("region", { name: "WhatsApp preview" })).toContainText(
    "selamat datang",
  );
  await next(page, "Next: audience", "Audience");

  const rows = [
    "nama\tno_hp\ttoko",
    `Siti\t${a!.national}\tToko Maju`,
    "Budi\t12345\tToko Jaya",
    `Rina\t${b!.national}\t`,
    `Siti lagi\t+${a!.digits}\tToko Lain`,
    `Eka\t${c!.national}\tToko Eka`,
  ].join("\n");
  await page.getByLabel("Paste rows from a spreadsheet").fill(rows);
  await page.getByRole("button", { name: "Add pasted rows" }).click();
  await expect(page.getByRole("region", { name: "Audience sources" })).toContainText(
    "Pasted rows (6 lines)",
  );
  await next(page, "Next: variables", "Variables");
  await expect(
    page.getByText("3 recipients from 5 rows (1 invalid, 1 duplicates merged"),
  ).toBeVisible();
  await expect(page.getByLabel("Value of Body {{1}}")).toHaveValue("column:nama");
  await expect(page.getByLabel("Value of Body {{2}}")).toHaveValue("column:toko");
  await next(page, "Next: review", "Review");

  const figures = page.getByRole("definition");
  const figure = (label: string) =>
    page.locator("dt", { hasText: label }).locator("xpath=following-sibling::dd[1]");
  await expect(figures.first()).toBeVisible();
  await expect(figure("Rows in the audience")).toHaveText("5");
  await expect(figure("Valid recipients")).toHaveText("3");
  await expect(figure("Invalid numbers")).toHaveText("1");
  await expect(figure("Duplicates merged")).toHaveText("1");
  await expect(figure("Rows missing a variable")).toHaveText("1");
  await expect(figure("Messages to send")).toHaveText("2");
  await expect(page.getByRole("list", { name: "Rows missing a variable" })).toContainText(
    "1 rows have no value for Body {{2}}",
  );
  await expect(page.getByRole("button", { name: /Send to 2 recipients now/ })).toBeDisabled();

  // Any row, exactly as that customer sees it, with its exact request.
  await page.getByLabel("Row number").fill("3");
  await page.getByRole("button", { name: "Show this row" }).click();
  const preview = page.getByRole("region", { name: "Preview a row" });
  await expect(preview.getByRole("region", { name: "WhatsApp preview" })).toContainText("Toko Eka");
  await expect(preview.getByRole("region", { name: "Request" })).toContainText(c!.digits);
  await expect(preview.getByRole("region", { name: "Request" })).toContainText(
    "/whatsapp/sendHsm/welcome_msg",
  );
  await page.getByLabel("Row number").fill("2");
  await page.getByRole("button", { name: "Show this row" }).click();
  await expect(preview.getByRole("status")).toContainText("No value for Body {{2}}");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the rejected rows (CSV)" }).click();
  const csv = await readFile(await (await download).path(), "utf8");
  expect(csv).toContain("Invalid row");
  expect(csv).toContain("12345");
  expect(csv).toContain(`+${b!.digits}`);
  expect(csv).toContain("Missing a value");

  // Skip the row without a value, then the launch is allowed.
  await next(page, "Back to the variables", "Variables");
  await page.getByLabel("Skip the row if Body {{2}} is empty").check();
  await next(page, "Next: review", "Review");
  await expect(figure("Rows missing a variable")).toHaveText("1");
  await expect(page.getByRole("button", { name: "Send to 2 recipients now" })).toBeEnabled();
  await page.getByLabel("Schedule for later").check();
  await page.getByLabel("Send at (Asia/Jakarta)").fill("2030-01-02T09:30");
  await page.getByRole("button", { name: "Schedule for 2 recipients" }).click();
  await expect(page).toHaveURL(/\/campaigns\/[\w-]+$/);
});
