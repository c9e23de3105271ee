import { expect, test, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { e2eSandboxUrl } from "../scripts/lib/test-env.mjs";
import { signIn } from "../tests/support/e2e/auth";
import { demoSender, insertSends, uniqueNumberPrefix } from "../tests/support/e2e/database";

// Contacts in the browser: the list (add, search, filters, bulk tag, read-only for viewers), the
// import with its column mapping and per-row errors, the contact page with sends and tickets,
// and opting out and back in (by hand and from a customer's STOP in a helpdesk ticket). Every
// test uses numbers and names nobody else uses.

/** A national number (08…) of a fresh prefix, and its E.164 form. */
function numbers(count: number) {
  const prefix = uniqueNumberPrefix(); // 62899 and six digits
  return Array.from({ length: count }, (_, i) => {
    const digits = `${prefix}${String(i).padStart(2, "0")}`;
    return { national: `0${digits.slice(2)}`, e164: `+${digits}`, digits };
  });
}

// Each test adds several contacts through the forms: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });

const word = () => `k${Math.random().toString(36).slice(2, 8)}`;

async function addContact(
  page: Page,
  c: { number: string; name: string; tags?: string; attributes?: string },
) {
  await page.goto("/contacts/new");
  await page.getByLabel("Phone number").fill(c.number);
  await page.getByLabel("Name").fill(c.name);
  if (c.tags) await page.getByLabel("Tags").fill(c.tags);
  if (c.attributes) await page.getByLabel("Attributes").fill(c.attributes);
  await page.getByRole("button", { name: "Add contact" }).click();
  await expect(page.getByRole("heading", { level: 1, name: c.name })).toBeVisible();
}

const contactsTable = (page: Page) => page.getByRole("table", { name: "Contacts, newest first" });

test.describe("contacts list", () => {
  test("add, search, filter by tag and attribute, bulk tag; a number is never added twice", async ({
    page,
  }) => {
    const [a, b, c] = numbers(3);
    const tag = word();
    const city = word();
    await signIn(page, "agent");
    await addContact(page, {
      number: a!.national,
      name: `Siti ${tag}`,
      tags: tag,
      attributes: `kota = ${city}`,
    });
    await addContact(page, { number: b!.national, name: `Budi ${tag}` });
    await addContact(page, { number: c!.national, name: `Ani ${tag}` });

    await page.goto("/contacts/new");
    await page.getByLabel("Phone number").fill(a!.e164);
    await page.getByRole("button", { name: "Add contact" }).click();
    await expect(
      page.getByText(`This number is already a contact (Siti ${tag}).`).first(),
    ).toBeVisible();

    await page.goto("/contacts");
    await page.getByLabel("Search").fill(tag);
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page.getByRole("status").filter({ hasText: "contacts match" })).toHaveText(
      "3 contacts match.",
    );
    await expect(contactsTable(page).getByRole("link")).toHaveText([
      `Ani ${tag}`,
      `Budi ${tag}`,
      `Siti ${tag}`,
    ]);

    await page.goto(`/contacts?q=${encodeURIComponent(b!.national.slice(0, 10))}`);
    await expect(contactsTable(page).getByRole("link", { name: `Budi ${tag}` })).toBeVisible();

    await page.goto("/contacts");
    await page.getByLabel("Attribute", { exact: true }).selectOption("kota");
    await page.getByLabel("Attribute value").fill(city);
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(contactsTable(page).getByRole("link")).toHaveText([`Siti ${tag}`]);

    // Bulk tag Budi and Ani, then filter by the new tag.
    const bulk = word();
    await page.goto(`/contacts?q=${tag}`);
    await page.getByLabel(`Select Budi ${tag}`).check();
    await page.getByLabel(`Select Ani ${tag}`).check();
    await page.getByLabel("Tag for the selected contacts").fill(bulk);
    await page.getByRole("button", { name: "Add tag" }).click();
    await expect(page.getByText("Tag added to 2 contacts.")).toBeVisible();
    await page.goto(`/contacts?tag=${bulk}`);
    await expect(contactsTable(page).getByRole("link")).toHaveText([`Ani ${tag}`, `Budi ${tag}`]);
  });

  test("viewers read contacts but cannot change them", async ({ page }) => {
    const [a] = numbers(1);
    const name = `Viewer sees ${word()}`;
    await signIn(page, "agent");
    await addContact(page, { number: a!.national, name });
    await signIn(page, "viewer");
    await page.goto("/contacts");
    await expect(
      page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Contacts" }),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: "Add contact" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Export CSV" })).toBeVisible();
    await page.getByRole("link", { name }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByRole("button", { name: "Opt out" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Save contact" })).toHaveCount(0);
  });
});

test.describe("import", () => {
  test("maps the columns, imports, merges by number and reports every refused row", async ({
    page,
  }) => {
    const [a, b, c] = numbers(3);
    const city = word();
    const csv = [
      "Nama;No HP;Kota;Catatan",
      `Siti;${a!.national};${city};pertama`,
      `Budi;${b!.digits};${city};`,
      `Ani;8.1234567890E+11;${city};`,
      ";;;",
      `Dewi;0812;${city};`,
      `Siti Rahayu;${a!.e164};${city};kedua`,
      `Eko;${c!.national.slice(1)};${city};`,
    ].join("\r\n");
    await signIn(page, "agent");
    await page.goto("/contacts");
    await page.getByRole("link", { name: "Import contacts" }).click();
    await page.getByLabel("Spreadsheet file").setInputFiles({
      name: "pelanggan.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(csv),
    });
    await page.getByRole("button", { name: "Upload and choose columns" }).click();

    const found = page.getByRole("list", { name: "What Kabar found in the file" });
    await expect(found).toContainText("Values are separated by semicolon (;).");
    await expect(found).toContainText("The first row holds the column names.");
    await expect(page.getByLabel("Use column No HP as")).toHaveValue("field:phone");
    await expect(page.getByLabel("Use column Nama as")).toHaveValue("field:name");
    await page.getByLabel("Use column Catatan as").selectOption("ignore");
    await page.getByLabel("Tag every imported contact with").fill(city);
    await page.getByRole("button", { name: "Import contacts" }).click();

    await expect(page.getByRole("heading", { name: "Finished" })).toBeVisible();
    await expect(page.getByRole("progressbar", { name: "Import progress" })).toHaveAttribute(
      "aria-valuenow",
      "100",
    );
    const summary = page.getByRole("list", { name: "Import summary" });
    await expect(summary).toContainText("3 contacts added and 0 updated.");
    await expect(summary).toContainText("2 rows were rejected.");
    await expect(summary).toContainText("1 empty rows were skipped.");

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download the row report (CSV)" }).click();
    const report = await readFile(await (await download).path(), "utf8");
    expect(report).toContain(
      '4,Rejected,"“8.1234567890E+11” is a number that a spreadsheet program wrote in scientific notation',
    );
    expect(report).toContain("6,Rejected,The number is too short");
    expect(report).toContain("7,Imported with a note,This row has the same phone number as row 2");
    expect(report).toContain("8,Imported with a note,“");

    await page.goto(`/contacts?tag=${city}`);
    await expect(contactsTable(page).getByRole("link")).toHaveText(["Eko", "Budi", "Siti Rahayu"]);
  });

  test("a file without a header row is said, and its columns are chosen by letter", async ({
    page,
  }) => {
    const [a] = numbers(1);
    const name = `Tanpa Header ${word()}`;
    await signIn(page, "agent");
    await page.goto("/contacts/import");
    await page.getByLabel("Spreadsheet file").setInputFiles({
      name: "noheader.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(`${name},${a!.national}\n`),
    });
    await page.getByRole("button", { name: "Upload and choose columns" }).click();
    await expect(page.getByRole("list", { name: "What Kabar found in the file" })).toContainText(
      `The first row holds “${a!.national}”, which looks like a phone number, not a column name.`,
    );
    await expect(page.getByLabel("The first row holds column names")).not.toBeChecked();
    await page.getByLabel("Use column Column A as").selectOption("field:name");
    await expect(page.getByLabel("Use column Column B as")).toHaveValue("field:phone");
    await page.getByRole("button", { name: "Import contacts" }).click();
    await expect(page.getByRole("list", { name: "Import summary" })).toContainText(
      "1 contacts added",
    );
    await page.goto(`/contacts?q=${encodeURIComponent(name)}`);
    await expect(contactsTable(page).getByRole("link", { name })).toBeVisible();
  });

  test("a file Kabar cannot read is refused in plain words", async ({ page }) => {
    await signIn(page, "agent");
    await page.goto("/contacts/import");
    await page.getByLabel("Spreadsheet file").setInputFiles({
      name: "old.xls",
      mimeType: "application/vnd.ms-excel",
      buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
    });
    await page.getByRole("button", { name: "Upload and choose columns" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Excel" })).toContainText(
      "This is an old Excel file (.xls, Excel 97–2003).",
    );
  });
});

test.describe("contact page and opt-outs", () => {
  test("shows the customer's sends; opts out and back in, each with a reason", async ({ page }) => {
    const [a] = numbers(1);
    const name = `Pelanggan ${word()}`;
    insertSends([
      {
        kind: "text",
        summary: "Halo Kak, pesanan Anda sudah dikirim",
        path: "/whatsapp/sendText",
        requestBody: { token: "[redacted]", to: a!.digits, message: "Halo" },
        responseBody: {
          responseCode: "000",
          message: "success",
          data: [{ to: a!.digits, status: "sent" }],
        },
        httpStatus: 200,
        responseCode: "000",
        outcome: "sent",
        senderNumberId: demoSender().id,
        createdAt: new Date(Date.now() - 3600_000),
        recipients: [{ to: a!.digits, status: "sent", msgId: `wamid.${a!.digits}` }],
      },
    ]);
    await signIn(page, "agent");
    await addContact(page, { number: a!.national, name });
    const sends = page.getByRole("table", { name: "Sends to this number, newest first" });
    await expect(sends).toContainText("Text · Halo Kak, pesanan Anda sudah dikirim");
    await expect(sends).toContainText("Sent");
    await expect(page.getByRole("region", { name: "Helpdesk tickets" })).toContainText(
      "This customer has no helpdesk tickets from the last 30 days.",
    );

    await page.getByRole("button", { name: "Opt out" }).click();
    const dialog = page.getByRole("dialog", { name: "Opt this number out" });
    await dialog.getByRole("button", { name: "Opt out" }).click();
    await expect(dialog.getByText("Say why, in a few words")).toBeVisible();
    await dialog
      .getByLabel("Why does this number opt out?")
      .fill("Asked by phone not to be messaged");
    await dialog.getByRole("button", { name: "Opt out" }).click();
    const panel = page.getByRole("region", { name: "Opt-out" });
    await expect(panel).toContainText("This number opted out on");
    await expect(panel).toContainText("Reason: Asked by phone not to be messaged");
    await page.goto(`/contacts?optOut=opted_out&q=${encodeURIComponent(name)}`);
    await expect(contactsTable(page)).toContainText("Opted out");
    await page.getByRole("link", { name }).click();

    await page.getByRole("button", { name: "Opt back in" }).click();
    const back = page.getByRole("dialog", { name: "Opt this number back in" });
    await back
      .getByLabel("Why may Kabar message this number again?")
      .fill("Customer asked to get promos again");
    await back.getByRole("button", { name: "Opt back in" }).click();
    await expect(panel).toContainText("This number may be messaged.");
    await expect(panel).toContainText("Customer asked to get promos again");
  });

  test("opts a number back in from the opt-out list, with a reason", async ({ page }) => {
    const [a] = numbers(1);
    await signIn(page, "agent");
    await addContact(page, { number: a!.national, name: `Pelanggan ${word()}` });
    await page.getByRole("button", { name: "Opt out" }).click();
    const dialog = page.getByRole("dialog", { name: "Opt this number out" });
    await dialog.getByLabel("Why does this number opt out?").fill("Said stop at the shop");
    await dialog.getByRole("button", { name: "Opt out" }).click();
    await expect(page.getByRole("region", { name: "Opt-out" })).toContainText(
      "This number opted out on",
    );

    await page.goto(`/contacts/opt-outs?q=${a!.national}`);
    const table = page.getByRole("table", { name: "Opted-out numbers, latest first" });
    const row = table.getByRole("row").filter({ hasText: "Said stop at the shop" });
    await row.getByRole("button", { name: "Opt back in" }).click();
    const back = page.getByRole("dialog", { name: /back in$/ });
    await back.getByRole("button", { name: "Opt back in" }).click();
    await expect(back.getByText("Say why, in a few words")).toBeVisible();
    await back
      .getByLabel("Why may Kabar message this number again?")
      .fill("Asked at the shop to get promos again");
    await back.getByRole("button", { name: "Opt back in" }).click();
    await expect(page.getByText("No opted-out number matches these filters.")).toBeVisible();
  });

  test("a customer's STOP in a helpdesk ticket opts them out with the ticket as the source", async ({
    page,
    request,
  }) => {
    const state = (await (await request.get(`${e2eSandboxUrl}/__sandbox/state`)).json()) as {
      tickets: { ticketCode: string; status: string; customerNumber: string; dateCreate: string }[];
    };
    // An open ticket of the last weeks, so the contact page lists it too (it reads 30 days).
    const since = new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10);
    const ticket = state.tickets.find((t) => t.status === "open" && t.dateCreate >= since)!;
    const inbound = await request.post(`${e2eSandboxUrl}/__sandbox/inbound`, {
      data: { from: ticket.customerNumber, body: "STOP" },
    });
    expect(((await inbound.json()) as { ticketCode: string }).ticketCode).toBe(ticket.ticketCode);

    await signIn(page, "agent");
    await page.goto(`/tickets?ticket=${ticket.ticketCode}`);
    // The board first (its columns and the panel ask the helpdesk at once; slow on a busy machine).
    await expect(page.getByTestId("updated-ago")).toContainText("Updated", { timeout: 30_000 });
    await expect(
      page.getByRole("dialog", { name: new RegExp(`Ticket #${ticket.ticketCode}`) }),
    ).toContainText("STOP");
    await page.goto(`/contacts?q=%2B${ticket.customerNumber}`);
    await expect(contactsTable(page)).toContainText("Opted out");
    await contactsTable(page).getByRole("link").first().click();
    const panel = page.getByRole("region", { name: "Opt-out" });
    await expect(panel).toContainText(
      "Source: The customer wrote a stop word in a helpdesk ticket.",
    );
    await expect(panel).toContainText(`The customer wrote “STOP” in ticket #${ticket.ticketCode}.`);
    await expect(
      panel.getByRole("link", { name: `Open ticket #${ticket.ticketCode}` }),
    ).toBeVisible();
    await expect(
      page
        .getByRole("region", { name: "Helpdesk tickets" })
        .getByRole("link", { name: `Ticket #${ticket.ticketCode}` }),
    ).toBeVisible();
    // Put the customer back for the other browser tests that use the sandbox's tickets.
    await panel.getByRole("button", { name: "Opt back in" }).click();
    const back = page.getByRole("dialog", { name: "Opt this number back in" });
    await back.getByLabel("Why may Kabar message this number again?").fill("Browser test clean-up");
    await back.getByRole("button", { name: "Opt back in" }).click();
    await expect(panel).toContainText("This number may be messaged.");
  });
});
