import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "../tests/support/e2e/auth";
import { backgroundLuminance } from "../tests/support/e2e/colours";
import { insertLaunchedCampaign, type SeedRecipient } from "../tests/support/e2e/campaigns";
import { insertOptOut } from "../tests/support/e2e/contacts";
import { demoSender, uniqueName, uniqueNumberPrefix } from "../tests/support/e2e/database";

// The campaigns list and a campaign's page against the sandbox: each test writes its own launched
// campaign (unique name and numbers) and the server's feeder sends it.

function recipients(prefix: string, count: number): SeedRecipient[] {
  return Array.from({ length: count }, (_, i) => ({
    to: `${prefix}${String(i + 1).padStart(4, "0")}`,
    name: `Pelanggan ${i + 1}`,
  }));
}

/** A paused campaign of three (nothing is sent while it is looked at): its name and id. */
function pausedCampaign(label: string) {
  const name = uniqueName(label);
  const id = insertLaunchedCampaign({
    name,
    status: "paused",
    recipients: recipients(uniqueNumberPrefix(), 3),
  });
  return { name, id };
}

/** The campaigns list and one campaign's page, each opened and showing its heading. */
async function eachCampaignPage(page: Page, id: string, check: (path: string) => Promise<void>) {
  for (const path of ["/campaigns", `/campaigns/${id}`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await check(path);
  }
}

const progress = (page: Page) => page.getByRole("region", { name: "Progress" });
const statusCount = (page: Page, label: string | RegExp) =>
  page.getByRole("list", { name: "Recipients by status" }).getByRole("link", { name: label });
const recipientRows = (page: Page) =>
  page.getByRole("table", { name: "Recipients in audience order" }).locator("tbody tr");

test("a campaign shows on the list and runs to completion live, failures explained and exported", async ({
  page,
}) => {
  test.setTimeout(90_000); // six real sends through the engine and the sandbox, then the checks
  const prefix = uniqueNumberPrefix();
  // Four reach the sandbox, one the sandbox fails (a number ending in 0000), one is opted out.
  const audience = [
    ...recipients(prefix, 4),
    { to: `${prefix}0000`, name: "Gagal" },
    { to: `${prefix}0099`, name: "Berhenti" },
  ];
  insertOptOut({ e164: `+${prefix}0099`, source: "contact_page", reason: "Asked to stop" });
  const name = uniqueName("Promo");
  const id = insertLaunchedCampaign({ name, status: "running", recipients: audience });

  await signIn(page, "admin");
  await page.goto("/campaigns");
  await expect(page.getByRole("heading", { level: 1, name: "Campaigns" })).toBeVisible();
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name }) });
  await expect(row).toContainText(/Running|Completed/);
  await expect(row).toContainText(demoSender().label);
  await expect(row).toContainText("Ayu Admin");
  await expect(row).toContainText(/\d \/ 6/);

  await row.getByRole("link", { name }).click();
  await expect(page).toHaveURL(new RegExp(`/campaigns/${id}$`));
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  // Live: the page itself follows the campaign to its end, without a reload.
  const bar = progress(page).getByRole("progressbar", { name: "Campaign progress" });
  await expect(bar).toHaveAttribute("aria-valuenow", "100", { timeout: 30_000 });
  await expect(progress(page)).toContainText("Completed · 6 of 6 done");
  await expect(statusCount(page, /^Sent 4$/)).toBeVisible();
  await expect(statusCount(page, /^Not delivered 1$/)).toBeVisible();
  await expect(statusCount(page, /^Skipped 1$/)).toBeVisible();

  // Failure reasons, in plain words, lead to the rows they speak of.
  const reasons = progress(page).getByRole("list", { name: "Why some were not sent" });
  await expect(reasons.getByRole("listitem")).toHaveCount(2);
  await reasons.getByRole("link", { name: /^1 · .*opt/i }).click();
  await expect(page).toHaveURL(/status=skipped/);
  await expect(recipientRows(page)).toHaveCount(1);
  await expect(recipientRows(page)).toContainText(`+${prefix}0099`);
  await page.goBack();
  await reasons.getByRole("link").filter({ hasNotText: /opt/i }).click();
  await expect(page).toHaveURL(/status=failed/);
  await expect(recipientRows(page)).toHaveCount(1);
  await expect(recipientRows(page)).toContainText(`+${prefix}0000`);

  // The recipient table filters by status.
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(recipientRows(page)).toHaveCount(6);
  await page.getByRole("combobox", { name: "Status" }).selectOption({ label: "Sent" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/status=sent/);
  await expect(recipientRows(page)).toHaveCount(4);
  for (const r of await recipientRows(page).all()) await expect(r).toContainText("Sent");

  // A recipient's send in History names the campaign it came from and leads back to it.
  await recipientRows(page).first().getByRole("link", { name: "In history" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Send details" })).toBeVisible();
  await page.getByRole("link", { name: `From campaign ${name}` }).click();
  await expect(page).toHaveURL(new RegExp(`/campaigns/${id}$`));
  await page.goBack();
  await page.goBack();

  // The results as CSV, one line per recipient.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export results (CSV)" }).click();
  const csv = await readFile(await (await download).path(), "utf8");
  const lines = csv.trim().split(/\r?\n/);
  expect(lines[0]).toContain("row,number,name,status,error_code,reason,values");
  expect(lines).toHaveLength(7);
  expect(csv).toContain(`+${prefix}0001,Pelanggan 1,sent`);
  expect(csv).toContain(`+${prefix}0000,Gagal,failed`);
  expect(csv).toContain(`+${prefix}0099,Berhenti,skipped`);
});

test("pause, resume and cancel (after its confirmation) change what the campaign page says", async ({
  page,
}) => {
  // Paused from the start and large enough (2,000 at 100 a second) to still run when paused again.
  const name = uniqueName("Besar");
  const id = insertLaunchedCampaign({
    name,
    status: "paused",
    recipients: recipients(uniqueNumberPrefix(), 2000),
  });
  await signIn(page, "admin");
  await page.goto(`/campaigns/${id}`);
  await expect(progress(page)).toContainText("Paused · 0 of 2,000 done");

  await page.getByRole("button", { name: "Resume" }).click();
  await expect(page.getByRole("status")).toHaveText("Resumed.");
  await expect(progress(page)).toContainText(/Running · [\d,]+ of 2,000 done/);
  await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();

  await page.getByRole("button", { name: "Pause" }).click();
  await expect(page.getByRole("status")).toHaveText("Paused: nothing more is sent.");
  await expect(progress(page)).toContainText(/Paused · [\d,]+ of 2,000 done/);
  await expect(page.getByRole("button", { name: "Resume" })).toBeVisible();

  // Cancel asks first; keeping the campaign changes nothing.
  await page.getByRole("button", { name: "Cancel campaign" }).click();
  const dialog = page.getByRole("dialog", { name: "Cancel this campaign?" });
  await expect(dialog).toContainText("this cannot be undone");
  await dialog.getByRole("button", { name: "Keep the campaign" }).click();
  await expect(dialog).toBeHidden();
  await expect(progress(page)).toContainText("Paused");

  await page.getByRole("button", { name: "Cancel campaign" }).click();
  await dialog.getByRole("button", { name: "Cancel campaign" }).click();
  await expect(dialog).toBeHidden();
  await expect(progress(page)).toContainText(/Cancelled · [\d,]+ of 2,000 done/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(statusCount(page, /^Cancelled [1-9]/)).toBeVisible();
  for (const control of ["Pause", "Resume", "Retry failed", "Cancel campaign"])
    await expect(page.getByRole("button", { name: control })).toHaveCount(0);
  await page.reload();
  await expect(progress(page)).toContainText(/Cancelled · [\d,]+ of 2,000 done/);
});

test("a viewer sees the campaign but no control", async ({ page }) => {
  const { name, id } = pausedCampaign("Lihat");
  await signIn(page, "viewer");
  await page.goto("/campaigns");
  await page.getByRole("link", { name }).click();
  await expect(page).toHaveURL(new RegExp(`/campaigns/${id}$`));
  await expect(progress(page)).toContainText("Paused · 0 of 3 done");
  await expect(page.getByRole("link", { name: "Export results (CSV)" })).toBeVisible();
  for (const control of [
    "Pause",
    "Resume",
    "Retry failed",
    "Cancel campaign",
    "Send unknown again",
  ])
    await expect(page.getByRole("button", { name: control })).toHaveCount(0);
});

test.describe("on a phone (390 px)", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("the list and the campaign page do not scroll sideways", async ({ page }) => {
    const { id } = pausedCampaign("Ponsel dengan nama kampanye yang cukup panjang");
    await signIn(page, "admin");
    await eachCampaignPage(page, id, async (path) => {
      const width = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
      }));
      expect(width.scroll, path).toBe(width.viewport);
    });
  });
});

test.describe("on a device that prefers dark", () => {
  test.use({ colorScheme: "dark" });
  test("the list and the campaign page are dark, cards included", async ({ page }) => {
    const { id } = pausedCampaign("Gelap");
    await signIn(page, "admin");
    await eachCampaignPage(page, id, async (path) => {
      expect.soft(await backgroundLuminance(page, "body"), `page on ${path}`).toBeLessThan(0.05);
      expect
        .soft(await backgroundLuminance(page, "main .bg-white"), `card on ${path}`)
        .toBeLessThan(0.05);
    });
  });
});
