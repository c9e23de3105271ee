import { expect, test, type Page } from "@playwright/test";
import { e2eSandboxUrl } from "../scripts/lib/test-env.mjs";
import { signIn } from "../tests/support/e2e/auth";
import { gotoComposer } from "../tests/support/e2e/composer";
import { insertContact, insertOptOut } from "../tests/support/e2e/contacts";
import { e2eDatabase, uniqueNumberPrefix } from "../tests/support/e2e/database";

// Contacts and opt-outs where Kabar sends: the composer adds recipients from contacts (a tag or a
// name) without the opted-out ones, marks an opted-out recipient on its chip, removes it in one
// click, and lets only an admin send to it, with a reason the audit trail keeps. And the list of
// every opted-out number. Each test uses numbers and names nobody else uses.

test.describe.configure({ timeout: 90_000 });

function numbers(count: number) {
  const prefix = uniqueNumberPrefix();
  return Array.from({ length: count }, (_, i) => {
    const digits = `${prefix}${String(i).padStart(2, "0")}`;
    return { national: `0${digits.slice(2)}`, e164: `+${digits}`, digits };
  });
}

const word = () => `k${Math.random().toString(36).slice(2, 8)}`;
const recipients = (page: Page) => page.getByLabel("Recipients", { exact: true });
const chips = (page: Page) => page.getByRole("list", { name: "Recipients as read" });

test.describe("opt-outs in the composer", () => {
  test("adds a tag's contacts without the opted-out one; marks and removes an opted-out recipient", async ({
    page,
  }) => {
    const [kept, stopped] = numbers(2);
    const tag = word();
    insertContact({ e164: kept!.e164, name: `Rina ${tag}`, tags: [tag] });
    insertContact({ e164: stopped!.e164, name: `Dodi ${tag}`, tags: [tag] });
    insertOptOut({ e164: stopped!.e164, source: "csv", reason: "Asked at the shop" });

    await signIn(page, "agent");
    await gotoComposer(page);
    await page.getByText("Add from contacts").click();
    await page.getByLabel("Contacts with the tag").selectOption(tag);
    const found = page.getByRole("status").filter({ hasText: "contact matches" });
    await expect(found).toContainText("1 contact matches. 1 opted-out contact is left out.");
    await expect(found).toContainText(`Rina ${tag}`);
    await page.getByRole("button", { name: "Add 1 number" }).click();
    await expect(recipients(page)).toHaveValue(kept!.e164);

    await recipients(page).fill(`${kept!.e164}\n${stopped!.national}`);
    await expect(chips(page)).toContainText(`${stopped!.e164}: opted out`);
    const notice = page.getByRole("status").filter({ hasText: "1 recipient opted out" });
    await expect(notice).toContainText("An admin can send anyway with a reason.");
    await expect(notice).toContainText("From a list of numbers. “Asked at the shop”");
    await expect(page.getByLabel("Reason to send to opted-out numbers (admins)")).toHaveCount(0);
    await notice.getByRole("button", { name: "Remove the opted-out number" }).click();
    await expect(recipients(page)).toHaveValue(kept!.e164);
    await expect(chips(page)).not.toContainText(stopped!.e164);
  });

  test("an admin sends to an opted-out number only with a reason, which is audited", async ({
    page,
    request,
  }) => {
    const [stopped] = numbers(1);
    insertOptOut({ e164: stopped!.e164, source: "contact_page", reason: "Asked by phone" });
    // The customer wrote today: the 24-hour window is open for a text.
    await request.post(`${e2eSandboxUrl}/__sandbox/inbound`, {
      data: { from: stopped!.digits, body: "Halo" },
    });

    await signIn(page, "admin");
    await gotoComposer(page);
    await recipients(page).fill(stopped!.national);
    await expect(chips(page)).toContainText(`${stopped!.e164}: opted out`);
    await page.getByLabel("Message", { exact: true }).fill("Invoice Anda terlampir.");
    const reason = page.getByLabel("Reason to send to opted-out numbers (admins)");
    await reason.fill("x");
    await page.getByRole("button", { name: "Send" }).click();
    await expect(page.getByText("Say why, in a few words (at least 3 characters)")).toBeVisible();

    await reason.fill("The customer asked for this invoice by phone");
    await page.getByRole("button", { name: "Send" }).click();
    await expect(page.getByRole("region", { name: "Outcome" }).getByRole("status")).toHaveText(
      "Sent",
    );
    const audit = e2eDatabase()
      .prepare(`SELECT "detail" FROM "AuditEvent" WHERE "action" = ? AND "target" = ?`)
      .all("contact.opt_out_overridden", `number ${stopped!.e164}`) as { detail: string }[];
    expect(audit.map((a) => JSON.parse(a.detail) as unknown)).toEqual([
      { reason: "The customer asked for this invoice by phone" },
    ]);
  });
});

test.describe("the opt-out list", () => {
  test("lists every opted-out number, contact or not, and filters by number and source", async ({
    page,
  }) => {
    const [contact, bare] = numbers(2);
    const name = `Wati ${word()}`;
    const id = insertContact({ e164: contact!.e164, name });
    insertOptOut({ e164: contact!.e164, source: "contact_page", reason: "Asked by phone" });
    insertOptOut({ e164: bare!.e164, source: "csv", reason: "From the old shop list" });

    await signIn(page, "viewer");
    await page.goto("/contacts");
    await page.getByRole("link", { name: "Opt-outs" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Opt-outs" })).toBeVisible();
    await page.getByRole("textbox", { name: "Number" }).fill(bare!.national.slice(0, 11));
    await page.getByRole("button", { name: "Apply filters" }).click();
    const table = page.getByRole("table", { name: "Opted-out numbers, latest first" });
    await expect(page.getByRole("status").filter({ hasText: "opted out." })).toHaveText(
      "2 numbers opted out.",
    );
    const bareRow = table.getByRole("row").filter({ hasText: bare!.e164 });
    await expect(bareRow).toContainText("Not a contact");
    await expect(bareRow).toContainText("From the old shop list");
    await expect(table.getByRole("link", { name })).toHaveAttribute("href", `/contacts/${id}`);

    await page.getByLabel("Source").selectOption({ label: "From a list of numbers" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(table.getByRole("row").filter({ hasText: contact!.e164 })).toHaveCount(0);
    await expect(table.getByRole("row").filter({ hasText: bare!.e164 })).toHaveCount(1);
    // A viewer reads the list but cannot opt a list of numbers out.
    await expect(page.getByRole("link", { name: "Opt out a list of numbers" })).toHaveCount(0);

    await page.goto("/contacts/opt-outs?q=Budi");
    await expect(page.getByText("Type the start of a number, for example 0812")).toBeVisible();
  });
});
