import { expect, test, type Page } from "@playwright/test";
import {
  demoSender,
  demoUserId,
  insertSends,
  uniqueName,
  uniqueNumberPrefix,
} from "../tests/support/e2e/database";
import type { SendFixture } from "../lib/demo-data/send-writer";
import { demoAccounts, signIn } from "../tests/support/e2e/auth";

// Each test writes its own sends, marked by a recipient-number prefix nobody else uses, and
// narrows History to that prefix first, so tests never see each other's rows.

const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000);
const OLD_DAY = "2025-01-10";

function markedSends(
  prefix: string,
  template: string,
): { sends: SendFixture[]; numbers: string[] } {
  const n = (i: number) => `${prefix}${String(i).padStart(2, "0")}`;
  const admin = demoUserId(demoAccounts.admin);
  const agent = demoUserId(demoAccounts.agent);
  const sandbox = demoSender().id;
  const ok = (to: string[]) => ({
    responseCode: "000",
    version: "v1.0",
    message: "success",
    data: to.map((t, i) => ({ to: t, msgId: `wamid.${prefix}${i}`, status: "sent" })),
  });
  const sends: SendFixture[] = [
    {
      kind: "text",
      summary: "Halo Kak, pesanan Anda sedang kami proses",
      path: "/whatsapp/sendText",
      requestBody: {
        token: "[redacted]",
        to: n(1),
        message: "Halo Kak, pesanan Anda sedang kami proses",
      },
      responseBody: ok([n(1)]),
      httpStatus: 200,
      responseCode: "000",
      outcome: "sent",
      userId: admin,
      senderNumberId: sandbox,
      createdAt: hoursAgo(1),
      recipients: [{ to: n(1), status: "sent", msgId: `wamid.${prefix}a` }],
    },
    {
      kind: "hsm",
      templateName: template,
      summary: `Template ${template}`,
      path: `/whatsapp/sendHsm/${template}`,
      requestBody: { token: "[redacted]", to: `${n(2)},${n(3)}`, param: ["INV-1"] },
      responseBody: { responseCode: "725", message: "invalid template", data: null },
      httpStatus: 200,
      responseCode: "725",
      outcome: "failed",
      errorCode: "725",
      errorMessage: "The template is not linked to this WhatsApp number.",
      userId: agent,
      senderNumberId: null,
      createdAt: hoursAgo(2),
      recipients: [
        { to: n(2), status: "error", errorCode: "725" },
        { to: n(3), status: "error", errorCode: "725" },
      ],
    },
    {
      kind: "image",
      summary: "Promo minggu ini",
      path: "/whatsapp/sendImage",
      requestBody: {
        token: "[redacted]",
        to: `${n(4)},${n(5)}`,
        image: "https://cdn.example.co.id/a.jpg",
      },
      responseBody: {
        responseCode: "000",
        message: "success",
        data: [
          { to: n(4), msgId: `wamid.${prefix}c`, status: "sent" },
          { to: n(5), msgId: null, status: "invalid" },
        ],
      },
      httpStatus: 200,
      responseCode: "000",
      outcome: "partial",
      userId: admin,
      senderNumberId: sandbox,
      createdAt: hoursAgo(3),
      recipients: [
        { to: n(4), status: "sent", msgId: `wamid.${prefix}c` },
        { to: n(5), status: "invalid" },
      ],
    },
    {
      kind: "document",
      summary: "invoice.pdf",
      path: "/whatsapp/sendDocument",
      requestBody: { token: "[redacted]", to: n(6), document: "media-1", filename: "invoice.pdf" },
      responseBody: null,
      httpStatus: null,
      responseCode: null,
      outcome: "unknown",
      errorCode: "timeout",
      errorMessage: "Damcorp did not answer in time.",
      userId: agent,
      senderNumberId: sandbox,
      createdAt: new Date(`${OLD_DAY}T05:00:00Z`),
      recipients: [{ to: n(6), status: "unknown" }],
    },
    {
      kind: "hsm",
      templateName: template,
      summary: `Template ${template}`,
      path: `/whatsapp/sendHsm/${template}`,
      requestBody: { token: "[redacted]", to: n(7), param: ["INV-2"] },
      responseBody: ok([n(7)]),
      httpStatus: 200,
      responseCode: "000",
      outcome: "sent",
      attempts: 3,
      ticketCode: `TCK-${prefix.slice(-6)}`,
      userId: admin,
      senderNumberId: sandbox,
      createdAt: hoursAgo(4),
      recipients: [{ to: n(7), status: "sent", msgId: `wamid.${prefix}e` }],
    },
  ];
  return { sends, numbers: [1, 2, 3, 4, 5, 6, 7].map(n) };
}

function seed() {
  const prefix = uniqueNumberPrefix();
  const template = uniqueName("e2e_tpl");
  const { sends, numbers } = markedSends(prefix, template);
  const ids = insertSends(sends);
  return { prefix, template, numbers, ids };
}

const sendsTable = (page: Page) => page.getByRole("table", { name: "Sends, newest first" });

/** The recipient numbers the list shows, in order. */
async function listedNumbers(page: Page): Promise<string[]> {
  const table = sendsTable(page);
  await expect(table).toBeVisible();
  return table
    .getByRole("list", { name: "Recipients" })
    .getByRole("listitem")
    .allInnerTexts()
    .then((items) => items.map((t) => t.match(/\d{10,15}/)?.[0] ?? "").filter(Boolean));
}

async function filterByPrefix(page: Page, prefix: string) {
  await page.goto("/history");
  await page.getByLabel("Recipient number").fill(`0${prefix.slice(2)}`);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(new RegExp(`recipient=0${prefix.slice(2)}`));
}

async function apply(page: Page, expectUrl: RegExp) {
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(expectUrl);
}

test.describe("history filters", () => {
  test("recipient number (written 08…) shows the marked sends, newest first", async ({ page }) => {
    const { prefix, numbers } = seed();
    await signIn(page, "viewer");
    await filterByPrefix(page, prefix);
    const [n1, n2, n3, n4, n5, n6, n7] = numbers;
    expect(await listedNumbers(page)).toEqual([n1, n2, n3, n4, n5, n7, n6]);
    await expect(page.getByText("Matches the start of the number")).toBeVisible();
  });

  test("full recipient number", async ({ page }) => {
    const { numbers } = seed();
    await signIn(page, "agent");
    await page.goto("/history");
    await page.getByLabel("Recipient number").fill(`+${numbers[4]}`);
    await apply(page, /recipient=%2B/);
    expect(await listedNumbers(page)).toEqual([numbers[4], numbers[3]]);
  });

  test("date range", async ({ page }) => {
    const { prefix, numbers } = seed();
    await signIn(page, "admin");
    await filterByPrefix(page, prefix);
    await page.getByLabel("From", { exact: true }).fill(OLD_DAY);
    await page.getByLabel("To", { exact: true }).fill(OLD_DAY);
    await apply(page, new RegExp(`from=${OLD_DAY}&to=${OLD_DAY}`));
    expect(await listedNumbers(page)).toEqual([numbers[5]]);
    await expect(sendsTable(page)).toContainText("10 Jan 2025, 12:00");
  });

  test("outcome", async ({ page }) => {
    const { prefix, numbers } = seed();
    await signIn(page, "admin");
    await filterByPrefix(page, prefix);
    await page.getByLabel("Outcome").selectOption("failed");
    await apply(page, /outcome=failed/);
    expect(await listedNumbers(page)).toEqual([numbers[1], numbers[2]]);
    await expect(sendsTable(page)).toContainText("725 · Invalid template");
  });

  test("recipient result", async ({ page }) => {
    const { prefix, numbers } = seed();
    await signIn(page, "admin");
    await filterByPrefix(page, prefix);
    await page.getByLabel("Recipient result", { exact: true }).selectOption("invalid");
    await apply(page, /status=invalid/);
    // The matching recipient is listed first.
    expect(await listedNumbers(page)).toEqual([numbers[4], numbers[3]]);
    await expect(
      sendsTable(page).getByRole("group", { name: "Result counts" }).getByText("Invalid number"),
    ).toBeVisible();
  });

  test("error code", async ({ page }) => {
    const { prefix, numbers } = seed();
    await signIn(page, "admin");
    await filterByPrefix(page, prefix);
    await page.getByLabel("Error code").selectOption({ label: "timeout · No answer in time" });
    await apply(page, /errorCode=timeout/);
    expect(await listedNumbers(page)).toEqual([numbers[5]]);
  });

  test("kind", async ({ page }) => {
    const { prefix, numbers } = seed();
    await signIn(page, "admin");
    await filterByPrefix(page, prefix);
    await page.getByLabel("Kind").selectOption({ label: "Image" });
    await apply(page, /kind=image/);
    expect(await listedNumbers(page)).toEqual([numbers[3], numbers[4]]);
  });

  test("template", async ({ page }) => {
    const { prefix, template, numbers } = seed();
    await signIn(page, "admin");
    await filterByPrefix(page, prefix);
    await page.getByLabel("Template").selectOption(template);
    await apply(page, new RegExp(`template=${template}`));
    expect(await listedNumbers(page)).toEqual([numbers[1], numbers[2], numbers[6]]);
  });

  test("sender number, the environment sender included", async ({ page }) => {
    const { prefix, numbers } = seed();
    await signIn(page, "admin");
    await filterByPrefix(page, prefix);
    await page
      .getByLabel("Sender number")
      .selectOption({ label: "Environment sender (+6281100000009)" });
    await apply(page, /sender=env/);
    expect(await listedNumbers(page)).toEqual([numbers[1], numbers[2]]);
    const sandbox = demoSender();
    await page.getByLabel("Sender number").selectOption(sandbox.id);
    await apply(page, new RegExp(`sender=${sandbox.id}`));
    expect(await listedNumbers(page)).toEqual([
      numbers[0],
      numbers[3],
      numbers[4],
      numbers[6],
      numbers[5],
    ]);
    await expect(sendsTable(page)).toContainText(sandbox.label);
  });

  test("user", async ({ page }) => {
    const { prefix, numbers } = seed();
    await signIn(page, "admin");
    await filterByPrefix(page, prefix);
    await page.getByLabel("User").selectOption({ label: "Budi Agent (agent@demo.kabar)" });
    await apply(page, /user=/);
    expect(await listedNumbers(page)).toEqual([numbers[1], numbers[2], numbers[5]]);
  });

  test("a mistake in a filter is shown next to it and nothing typed is lost", async ({ page }) => {
    await signIn(page, "admin");
    await page.goto("/history");
    await page.getByLabel("Recipient number").fill("08a1");
    await page.getByLabel("Outcome").selectOption("failed");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page.getByText("Type digits only")).toBeVisible();
    await expect(page.getByLabel("Recipient number")).toHaveValue("08a1");
    await expect(page.getByLabel("Outcome")).toHaveValue("failed");
    // The server checked the filter: the address keeps what was typed, and no sends are shown
    // for a filter that could not be applied.
    await expect(page).toHaveURL(/\/history\?outcome=failed&recipient=08a1$/);
    await expect(page.getByText("Fix the filters marked above to see sends.")).toBeVisible();
    // The same mistake in a shared link: the page names it instead of showing unfiltered sends.
    await page.goto("/history?recipient=08a1&from=2025-02-30");
    await expect(page.getByText("This date does not exist")).toBeVisible();
    await expect(page.getByText("Fix the filters marked above to see sends.")).toBeVisible();
  });
});

test("paging keeps the filter in the URL, and new sends appear without reloading", async ({
  page,
}) => {
  const prefix = uniqueNumberPrefix();
  const sandbox = demoSender().id;
  const base = Date.now() - 10 * 3600_000;
  const make = (i: number): SendFixture => ({
    kind: "text",
    summary: `bulk ${i}`,
    path: "/whatsapp/sendText",
    requestBody: {
      token: "[redacted]",
      to: `${prefix}${String(i).padStart(2, "0")}`,
      message: `bulk ${i}`,
    },
    outcome: "sent",
    senderNumberId: sandbox,
    createdAt: new Date(base + i * 60_000),
    recipients: [{ to: `${prefix}${String(i).padStart(2, "0")}`, status: "sent" }],
  });
  insertSends(Array.from({ length: 55 }, (_, i) => make(i)));
  await page.clock.install();
  await signIn(page, "viewer");
  await filterByPrefix(page, prefix);
  expect(await listedNumbers(page)).toHaveLength(50);
  const pages = page.getByRole("navigation", { name: "Pages", exact: true });
  await pages.getByRole("link", { name: "Older →" }).click();
  await expect(page).toHaveURL(/recipient=0\d+&after=\d+\./);
  expect(await listedNumbers(page)).toEqual([4, 3, 2, 1, 0].map((i) => `${prefix}0${i}`));
  await pages.getByRole("link", { name: "← Newer" }).click();
  await expect(page).toHaveURL(/before=/);
  expect((await listedNumbers(page))[0]).toBe(`${prefix}54`);

  await pages.getByRole("link", { name: "Newest" }).click();
  await expect(sendsTable(page)).toBeVisible();
  insertSends([{ ...make(60), createdAt: new Date() }]);
  await page.clock.fastForward(16_000);
  await expect(sendsTable(page).getByText(`${prefix}60`)).toBeVisible();
});

test("the detail page shows who, when, the exact request, the answer and each recipient", async ({
  page,
}) => {
  const { prefix, numbers, ids } = seed();
  await signIn(page, "viewer");
  await filterByPrefix(page, prefix);
  // The partly sent image (third send).
  await page.getByRole("row").filter({ hasText: numbers[3]! }).getByRole("link").first().click();
  await expect(page).toHaveURL(`/history/${ids[2]}`);
  await expect(page.getByRole("heading", { level: 1, name: "Send details" })).toBeVisible();
  const summary = page.getByRole("region", { name: "Summary" });
  await expect(summary).toContainText("Partly sent");
  await expect(summary).toContainText("Ayu Admin (admin@demo.kabar)");
  await expect(summary).toContainText("Sandbox CS line");
  await expect(summary).toContainText("1 attempt");
  await expect(summary).toContainText(/\d{1,2} \w{3} \d{4}, \d{2}:\d{2}:\d{2} WIB/);
  const recipients = page.getByRole("table", { name: "Result per recipient" });
  const invalid = recipients.getByRole("row").filter({ hasText: numbers[4]! });
  await expect(invalid).toContainText("Invalid number");
  await expect(invalid).toContainText("not registered on WhatsApp");
  await expect(recipients.getByRole("row").filter({ hasText: numbers[3]! })).toContainText(
    `wamid.${prefix}c`,
  );
  await expect(page.getByText("POST /whatsapp/sendImage")).toBeVisible();
  const request = JSON.parse(await page.getByLabel("Request body").innerText());
  expect(request).toEqual({
    token: "[redacted]",
    to: `${numbers[3]},${numbers[4]}`,
    image: "https://cdn.example.co.id/a.jpg",
  });
  await expect(page.getByLabel("Response body")).toContainText('"status": "invalid"');
  await expect(page.getByText("HTTP 200 · responseCode 000")).toBeVisible();
  await page.screenshot({ path: "/tmp/history-detail.png", fullPage: true });

  // The retried template send from a ticket links to its ticket.
  await page.goto(`/history/${ids[4]}`);
  await expect(page.getByText("3 attempts (2 retries)")).toBeVisible();
  await expect(page.getByRole("link", { name: `Ticket TCK-${prefix.slice(-6)}` })).toHaveAttribute(
    "href",
    `/tickets?ticket=TCK-${prefix.slice(-6)}`,
  );
  // The failed one explains its code in plain words.
  await page.goto(`/history/${ids[1]}`);
  await expect(page.getByRole("region", { name: "Summary" })).toContainText("Invalid template");
  await expect(page.getByText("No answer was received")).toHaveCount(0);
  await page.goto(`/history/${ids[3]}`);
  await expect(page.getByText("No answer was received from Damcorp.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Summary" })).toContainText("No answer in time");

  await page.goto("/history/doesnotexist123");
  await expect(page.getByText(/not found|could not be found/i).first()).toBeVisible();
});

test("the list page looks right", async ({ page }) => {
  const { prefix } = seed();
  await signIn(page, "admin");
  await filterByPrefix(page, prefix);
  await page.screenshot({ path: "/tmp/history-list.png", fullPage: true });
});
