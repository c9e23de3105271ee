import { readFileSync } from "node:fs";
import Papa from "papaparse";
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

test("exports the current filter as CSV: the header, and one row per matching send", async ({
  page,
}) => {
  const prefix = uniqueNumberPrefix();
  const template = uniqueName("e2e_export");
  const admin = demoUserId(demoAccounts.admin);
  const sender = demoSender();
  const make = (i: number, kind: string, outcome: SendFixture["outcome"]): SendFixture => ({
    kind,
    templateName: kind === "hsm" ? template : null,
    summary: i === 1 ? 'Line one\nline two, with "quotes"' : `send ${i}`,
    path: kind === "hsm" ? `/whatsapp/sendHsm/${template}` : "/whatsapp/sendText",
    requestBody: { token: "[redacted]", to: `${prefix}${i}` },
    outcome,
    errorCode: outcome === "failed" ? "729" : null,
    userId: admin,
    senderNumberId: sender.id,
    createdAt: new Date(Date.now() - i * 3600_000),
    recipients: [
      outcome === "failed"
        ? { to: `${prefix}${i}`, status: "error", errorCode: "729" }
        : { to: `${prefix}${i}`, status: "sent", msgId: `wamid.${i}` },
    ],
  });
  const ids = insertSends([
    make(1, "hsm", "sent"),
    make(2, "text", "sent"),
    make(3, "hsm", "failed"),
    make(4, "hsm", "sent"),
  ]);

  await signIn(page, "viewer");
  await page.goto(`/history?recipient=${prefix}&kind=hsm`);
  await expect(page.getByRole("table", { name: "Sends, newest first" })).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(
    new RegExp(`^kabar-history_all_hsm_to-${prefix}_exported-\\d{4}-\\d{2}-\\d{2}_\\d{4}\\.csv$`),
  );
  await expect(page.getByText(/Exported 3 sends to kabar-history_/)).toBeVisible();

  const text = readFileSync(await file.path(), "utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [header, ...rows] = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
  expect(header).toEqual([
    "Time (Asia/Jakarta)",
    "Time (UTC)",
    "Send ID",
    "Outcome",
    "Kind",
    "Template",
    "Summary",
    "Sender",
    "Sender number",
    "User",
    "User email",
    "Recipients",
    "Sent",
    "Not sent",
    "Recipient results",
    "Damcorp said",
    "Error code",
    "Reason",
    "Attempts",
    "Ticket",
    "Idempotency key",
    "Completed (UTC)",
  ]);
  // Newest first; the text send is left out by the kind filter.
  expect(rows.map((r) => r[2])).toEqual([ids[0], ids[2], ids[3]]);
  const col = (row: string[], name: string) => row[header!.indexOf(name)];
  expect(col(rows[0]!, "Summary")).toBe('Line one\nline two, with "quotes"');
  expect(col(rows[0]!, "Template")).toBe(template);
  expect(col(rows[0]!, "Sender")).toBe(sender.label);
  expect(col(rows[0]!, "User email")).toBe(demoAccounts.admin);
  expect(col(rows[0]!, "Recipient results")).toBe(`${prefix}1 sent`);
  expect(col(rows[1]!, "Outcome")).toBe("Failed");
  expect(col(rows[1]!, "Error code")).toBe("729");
  expect(col(rows[1]!, "Reason")).toMatch(/credit or quota has run out/);
  expect(col(rows[1]!, "Recipient results")).toBe(`${prefix}3 error 729`);
});

test("the export shows its progress and can be cancelled", async ({ page }) => {
  const prefix = uniqueNumberPrefix();
  const sends: SendFixture[] = Array.from({ length: 3000 }, (_, i) => ({
    kind: "text",
    summary: `bulk ${i}`,
    path: "/whatsapp/sendText",
    requestBody: { token: "[redacted]", to: `${prefix}${i}` },
    outcome: "sent",
    createdAt: new Date(Date.now() - (i + 1) * 1000),
    recipients: [{ to: `${prefix}${String(i).padStart(4, "0")}`, status: "sent" }],
  }));
  insertSends(sends);
  await signIn(page, "admin");
  await page.goto(`/history?recipient=${prefix}`);
  // Hold the request back so the running state can be seen; cancelling aborts it.
  await page.route("**/api/history/export**", async (route) => {
    await new Promise((r) => setTimeout(r, 3000));
    await route.continue().catch(() => undefined);
  });
  await page.getByRole("button", { name: "Export CSV" }).click();
  const status = page.getByRole("status").filter({ hasText: "Exporting" });
  await expect(status).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Export progress" })).toBeVisible();
  await page.getByRole("button", { name: "Cancel export" }).click();
  await expect(page.getByText("Export cancelled.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Export CSV" })).toBeVisible();
  await page.unrouteAll({ behavior: "ignoreErrors" });
});
