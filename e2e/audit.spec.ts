import { expect, test } from "@playwright/test";
import { insertAuditEvent, uniqueName } from "../tests/support/e2e/database";
import { DEMO_PASSWORD, demoAccounts, signIn } from "../tests/support/e2e/auth";
import { signInWith } from "../tests/support/e2e/user-admin";

test("an admin reads the audit trail and narrows it by action, actor and date", async ({
  page,
}) => {
  const actor = `${uniqueName("auditor")}@example.test`;
  insertAuditEvent({
    at: new Date("2025-02-03T03:00:00Z"),
    action: "user.role_changed",
    actorEmail: actor,
    target: "user:someone",
    detail: { from: "agent", to: "viewer" },
  });
  insertAuditEvent({
    at: new Date("2025-02-05T03:00:00Z"),
    action: "secret.sender_updated",
    actorEmail: actor,
    target: "sender:cs",
  });
  await signInWith(page, demoAccounts.admin, DEMO_PASSWORD); // the form: signing in is audited
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Audit trail" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit trail" })).toBeVisible();
  const table = page.getByRole("table", { name: "Audit events, newest first" });
  // Signing in is itself audited.
  await expect(table.getByRole("row").filter({ hasText: "Signed in" }).first()).toBeVisible();

  await page.getByLabel("Actor email").fill(actor.toUpperCase().slice(0, 12));
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/actor=/);
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(table).toContainText("3 Feb 2025, 10:00:00 WIB");
  await expect(table).toContainText("from: agent · to: viewer");

  await page.getByLabel("Action").selectOption("secret.sender_updated");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table).toContainText("sender:cs");

  await page.getByLabel("Action").selectOption("");
  await page.getByLabel("From", { exact: true }).fill("2025-02-03");
  await page.getByLabel("To", { exact: true }).fill("2025-02-04");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/from=2025-02-03&to=2025-02-04/);
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table).toContainText("Changed a role");
  await page.screenshot({ path: "/tmp/audit.png", fullPage: true });
});

for (const role of ["agent", "viewer"] as const) {
  test(`the audit trail is refused to a${role === "agent" ? "n" : ""} ${role}, who still reads history`, async ({
    page,
  }) => {
    await signIn(page, role);
    await expect(
      page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit trail" }),
    ).toHaveCount(0);
    await page.goto("/audit");
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
    await expect(page.getByText("Audit events")).toHaveCount(0);
    await page.goto("/history");
    await expect(page.getByRole("heading", { level: 1, name: "History" })).toBeVisible();
    await page.goto("/overview");
    await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  });
}
