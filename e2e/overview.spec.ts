import { expect, test } from "@playwright/test";
import {
  demoSender,
  demoUserId,
  insertSends,
  uniqueName,
  uniqueNumberPrefix,
} from "../tests/support/e2e/database";
import type { SendFixture } from "../lib/demo-data/send-writer";
import { demoAccounts, signIn } from "../tests/support/e2e/auth";

// A day long past that no other test writes to, so its counts are exact.
const DAY = "2025-03-10";

function seedDay() {
  const prefix = uniqueNumberPrefix();
  const template = uniqueName("e2e_overview");
  const sender = demoSender();
  const agent = demoUserId(demoAccounts.agent);
  const at = (h: number) => new Date(`${DAY}T0${h}:00:00Z`);
  const send = (
    h: number,
    outcome: SendFixture["outcome"],
    extra: Partial<SendFixture> = {},
  ): SendFixture => ({
    kind: "hsm",
    templateName: template,
    path: `/whatsapp/sendHsm/${template}`,
    requestBody: { token: "[redacted]", to: `${prefix}${h}` },
    outcome,
    userId: agent,
    senderNumberId: sender.id,
    createdAt: at(h),
    recipients: [{ to: `${prefix}${h}`, status: outcome === "sent" ? "sent" : "error" }],
    ...extra,
  });
  insertSends([
    send(1, "sent"),
    send(2, "sent"),
    send(3, "sent", { senderNumberId: null }),
    send(4, "failed", { errorCode: "725" }),
    send(5, "failed", { errorCode: "725" }),
    send(6, "unknown", {
      errorCode: "timeout",
      recipients: [{ to: `${prefix}6`, status: "unknown" }],
    }),
    send(7, "partial", {
      recipients: [
        { to: `${prefix}7`, status: "sent" },
        { to: `${prefix}8`, status: "invalid" },
      ],
    }),
  ]);
  return { template, sender };
}

test("the overview counts a day's sends and every chart element opens the matching history", async ({
  page,
}) => {
  const { template, sender } = seedDay();
  await signIn(page, "viewer");
  await page.goto("/overview");
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await page.getByLabel("From", { exact: true }).fill(DAY);
  await page.getByLabel("To", { exact: true }).fill(DAY);
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(`/overview?from=${DAY}&to=${DAY}`);

  const totals = page.getByRole("list", { name: "Totals" });
  await expect(totals.getByRole("link", { name: "All sends 7" })).toBeVisible();
  await expect(totals.getByRole("link", { name: "Failed 2" })).toBeVisible();
  await expect(totals.getByRole("link", { name: "Partly sent 1" })).toBeVisible();

  const failures = page.getByRole("region", { name: "Failure reasons" });
  await expect(
    failures.getByRole("link", { name: "725 · Invalid template 2 sends" }),
  ).toBeVisible();
  await expect(
    failures.getByRole("link", { name: "timeout · No answer in time 1 send" }),
  ).toBeVisible();
  await expect(failures.getByRole("link", { name: "Invalid number 1 recipient" })).toBeVisible();
  const templates = page.getByRole("region", { name: "Most-used templates" });
  await expect(templates.getByRole("link", { name: `${template} 7 sends` })).toBeVisible();
  const senders = page.getByRole("region", { name: "Sends per sender number" });
  await expect(
    senders.getByRole("link", { name: `${sender.label} · ${sender.number} 6 sends` }),
  ).toBeVisible();
  await expect(
    senders.getByRole("link", { name: "Environment sender · +6281100000009 1 send" }),
  ).toBeVisible();
  await page.screenshot({ path: "/tmp/overview.png", fullPage: true });

  // A failure reason opens exactly those sends in History.
  await failures.getByRole("link", { name: "725 · Invalid template 2 sends" }).click();
  await expect(page).toHaveURL(`/history?from=${DAY}&to=${DAY}&errorCode=725`);
  await expect(
    page.getByRole("table", { name: "Sends, newest first" }).getByRole("row"),
  ).toHaveCount(3);

  await page.goBack();
  await templates.getByRole("link", { name: `${template} 7 sends` }).click();
  await expect(page).toHaveURL(`/history?from=${DAY}&to=${DAY}&template=${template}`);
  await expect(
    page.getByRole("table", { name: "Sends, newest first" }).getByRole("row"),
  ).toHaveCount(8);

  await page.goBack();
  await failures.getByRole("link", { name: "Invalid number 1 recipient" }).click();
  await expect(page).toHaveURL(`/history?from=${DAY}&to=${DAY}&status=invalid`);
  await expect(
    page.getByRole("table", { name: "Sends, newest first" }).getByRole("row"),
  ).toHaveCount(2);

  await page.goBack();
  await senders.getByRole("link", { name: /^Environment sender/ }).click();
  await expect(page).toHaveURL(`/history?from=${DAY}&to=${DAY}&sender=env`);
  await expect(
    page.getByRole("table", { name: "Sends, newest first" }).getByRole("row"),
  ).toHaveCount(2);

  // The per-day chart: its table form links each count, and a bar click does the same.
  await page.goBack();
  await page.getByText("Sends per day as a table").click();
  await page.getByRole("link", { name: `1 unknown on ${DAY}` }).click();
  await expect(page).toHaveURL(`/history?from=${DAY}&to=${DAY}&outcome=unknown`);
  await expect(
    page.getByRole("table", { name: "Sends, newest first" }).getByRole("row"),
  ).toHaveCount(2);

  await page.goBack();
  await page.getByTestId("sends-per-day-chart").locator(`a[data-outcome="sent"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/history\\?from=${DAY}&to=${DAY}&outcome=sent`));
});

test("the overview refuses a reversed range next to the field", async ({ page }) => {
  await signIn(page, "agent");
  await page.goto("/overview?from=2025-03-10&to=2025-03-01");
  await expect(page.getByText("The end date is before the start date")).toBeVisible();
  await expect(page.getByText("Showing the last 30 days until the range is fixed.")).toBeVisible();
});
