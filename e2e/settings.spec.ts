import { expect, test, type Page } from "@playwright/test";
import { signIn } from "../tests/support/e2e/auth";
import { escapeRegExp, uniqueSuffix } from "../tests/support/e2e/user-admin";
import { e2eEnv, e2eSandboxUrl } from "../scripts/lib/test-env.mjs";

// The sandbox accepts exactly this token and this api-key (scripts/lib/test-env.mjs). The e2e
// server also runs with DAMCORP_TOKEN (this same token) and DAMCORP_HELPDESK_API_KEY set.
const SANDBOX_TOKEN = e2eEnv.DAMCORP_TOKEN ?? "sandbox-token";
const SANDBOX_API_KEY = e2eEnv.SANDBOX_API_KEY ?? "sandbox-api-key";
const ENV_HELPDESK_KEY = e2eEnv.DAMCORP_HELPDESK_API_KEY;
const ACCEPTED_TOKEN =
  "Reachable: Damcorp accepted the token and would send from this account (checked with a test addressed to no real number; nothing was delivered).";

/** A unique, valid Indonesian mobile number ("0812" + 8 digits). */
function uniqueNumber(): { typed: string; e164: string } {
  const digits = String(Math.floor(Math.random() * 1e8)).padStart(8, "0");
  return { typed: `0812 ${digits.slice(0, 4)} ${digits.slice(4)}`, e164: `+62812${digits}` };
}

async function addSender(page: Page, label: string, number: string, token: string) {
  await page.getByLabel("Label", { exact: true }).fill(label);
  await page.getByLabel("Phone number").fill(number);
  await page.getByLabel("Damcorp token").fill(token);
  await page.getByRole("button", { name: "Add sender number" }).click();
  await expect(page.getByText("Sender number added.").first()).toBeVisible();
  await expect(senderRow(page, label)).toBeVisible();
}

function senderRow(page: Page, label: string) {
  return page.getByRole("row", { name: new RegExp(escapeRegExp(label)) });
}

async function removeSender(page: Page, label: string) {
  await page.getByRole("button", { name: `Remove ${label}` }).click();
  const dialog = page.getByRole("dialog", { name: `Remove ${label}?` });
  await dialog.getByRole("button", { name: "Remove sender number" }).click();
  await expect(page.getByText(`${label} removed.`)).toBeVisible();
  await expect(senderRow(page, label)).toHaveCount(0);
}

test("an admin adds a sender number: its token is shown masked and never sent back", async ({
  page,
}) => {
  // Every response the browser receives while adding and listing: none may carry the token.
  const bodies: Promise<string>[] = [];
  page.on("response", (response) => {
    if (["document", "fetch", "xhr"].includes(response.request().resourceType())) {
      bodies.push(response.text().catch(() => ""));
    }
  });
  await signIn(page, "admin");
  await page.goto("/settings");
  const label = `E2E line ${uniqueSuffix()}`;
  const number = uniqueNumber();

  await addSender(page, label, number.typed, SANDBOX_TOKEN);
  const row = senderRow(page, label);
  await expect(row).toContainText(number.e164);
  await expect(row).toContainText("••••");
  await expect(row).toContainText(SANDBOX_TOKEN.slice(-4));
  await expect(page.getByLabel("Damcorp token")).toHaveValue("");

  await page.reload();
  await expect(senderRow(page, label)).toBeVisible();
  expect(await page.content()).not.toContain(SANDBOX_TOKEN);
  const html = await (await page.request.get("/settings")).text();
  expect(html).toContain(label);
  expect(html).not.toContain(SANDBOX_TOKEN);

  // The edit form never receives the token either.
  await page.getByRole("button", { name: `Edit ${label}` }).click();
  const dialog = page.getByRole("dialog", { name: `Edit ${label}` });
  await expect(dialog.getByLabel("Damcorp token")).toHaveValue("");
  await dialog.getByLabel("Label", { exact: true }).fill(`${label} (edited)`);
  await dialog.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Sender number saved.")).toBeVisible();
  await expect(senderRow(page, `${label} (edited)`)).toContainText(SANDBOX_TOKEN.slice(-4));

  for (const body of await Promise.all(bodies)) expect(body).not.toContain(SANDBOX_TOKEN);
  await removeSender(page, `${label} (edited)`);
});

test("a sender number that is not a phone number is refused next to the field", async ({
  page,
}) => {
  await signIn(page, "admin");
  await page.goto("/settings");
  await page.getByLabel("Label", { exact: true }).fill(`E2E bad ${uniqueSuffix()}`);
  await page.getByLabel("Phone number").fill("call us");
  await page.getByLabel("Damcorp token").fill("whatever-token");
  await page.getByRole("button", { name: "Add sender number" }).click();
  const field = page.getByLabel("Phone number");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(/only digits/);
  await expect(page.getByRole("alert").filter({ hasText: "only digits" })).toBeVisible();
  // What was typed stays, so it can be corrected.
  await expect(field).toHaveValue("call us");
});

test("test connection says whether Damcorp accepts a sender's token", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/settings");
  const suffix = uniqueSuffix();
  const good = `E2E good ${suffix}`;
  const bad = `E2E wrong ${suffix}`;
  await addSender(page, good, uniqueNumber().typed, SANDBOX_TOKEN);
  await addSender(page, bad, uniqueNumber().typed, `wrong-token-${suffix}`);

  await senderRow(page, good)
    .getByRole("button", { name: `Test connection for ${good}` })
    .click();
  await expect(senderRow(page, good).getByRole("status")).toHaveText(ACCEPTED_TOKEN);
  await senderRow(page, bad)
    .getByRole("button", { name: `Test connection for ${bad}` })
    .click();
  await expect(senderRow(page, bad).getByRole("status")).toContainText(
    "Damcorp rejected the token (401 Unauthorized)",
  );

  await removeSender(page, good);
  await removeSender(page, bad);
});

test("test connection says plainly when Damcorp refuses the account (726) although the token is valid", async ({
  page,
  request,
}) => {
  const suffix = uniqueSuffix();
  const label = `E2E no product ${suffix}`;
  const token = `no-product-${suffix}`;
  const accounts = (extra: { token: string; validProduct: boolean }[]) =>
    request.post(`${e2eSandboxUrl}/__sandbox/config`, {
      data: { accounts: [{ token: SANDBOX_TOKEN }, ...extra] },
    });
  await accounts([{ token, validProduct: false }]);
  try {
    await signIn(page, "admin");
    await page.goto("/settings");
    await addSender(page, label, uniqueNumber().typed, token);
    await senderRow(page, label)
      .getByRole("button", { name: `Test connection for ${label}` })
      .click();
    const status = senderRow(page, label).getByRole("status");
    await expect(status).toContainText(
      "the token is valid, but Damcorp refuses to send for this account: No valid product on the account (726)",
    );
    await expect(status).not.toContainText("accepted");
    await removeSender(page, label);
  } finally {
    await accounts([]);
  }
});

test("the environment sender is listed read-only and can be tested", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/settings");
  const label = "Environment (DAMCORP_TOKEN)";
  const row = senderRow(page, label);
  await expect(row).toContainText("Read-only");
  await expect(row).toContainText(e2eEnv.DAMCORP_SENDER_NUMBER ?? "—");
  await expect(row).toContainText(`ending in ${SANDBOX_TOKEN.slice(-4)}`);
  await expect(row.getByRole("button", { name: /^(Edit|Remove)/ })).toHaveCount(0);
  await row.getByRole("button", { name: `Test connection for ${label}` }).click();
  await expect(row.getByRole("status")).toHaveText(ACCEPTED_TOKEN);
  expect(await page.content()).not.toContain(SANDBOX_TOKEN);
});

test("an admin sets the helpdesk api-key, tests it, and clears it back to the environment's", async ({
  page,
}) => {
  await signIn(page, "admin");
  await page.goto("/settings");
  const status = page.getByTestId("helpdesk-key-status");
  const panel = page.getByRole("region", { name: "Helpdesk api-key" });
  const testButton = panel.getByRole("button", { name: "Test connection to the helpdesk" });
  const result = panel.getByRole("status");
  const save = async (apiKey: string) => {
    await panel.getByLabel(/^(new )?api-key$/i).fill(apiKey);
    await panel.getByRole("button", { name: /^(Save|Replace) api-key$/ }).click();
    await expect(page.getByText("Helpdesk api-key saved.").first()).toBeVisible();
    await expect(status).toContainText("In use: the api-key saved here (••••");
    // The masked key reads "••••" + "ending in" (for screen readers) + its last four characters.
    await expect(status).toContainText(`ending in ${apiKey.slice(-4)}`);
  };

  await save(SANDBOX_API_KEY);
  await testButton.click();
  await expect(result).toHaveText("Reachable, and Damcorp accepted the api-key.");

  await save(`wrong-api-key-${uniqueSuffix()}`);
  await testButton.click();
  await expect(result).toContainText("Damcorp rejected the api-key (401 Unauthorized)");

  // Clearing asks first, then Kabar falls back to DAMCORP_HELPDESK_API_KEY (the state other tests
  // expect, so this test leaves no stored key behind).
  await panel.getByRole("button", { name: "Clear saved api-key" }).click();
  await page
    .getByRole("dialog", { name: "Clear the saved helpdesk api-key?" })
    .getByRole("button", { name: "Clear api-key" })
    .click();
  await expect(page.getByText("Saved helpdesk api-key cleared.")).toBeVisible();
  if (ENV_HELPDESK_KEY) {
    await expect(status).toContainText("In use: the api-key from the environment");
    await expect(status).toContainText(`ending in ${ENV_HELPDESK_KEY.slice(-4)}`);
    await testButton.click();
    await expect(result).toHaveText("Reachable, and Damcorp accepted the api-key.");
  } else {
    await expect(status).toContainText("No api-key yet");
  }
  const html = await page.content();
  expect(html).not.toContain(SANDBOX_API_KEY);
  if (ENV_HELPDESK_KEY) expect(html).not.toContain(ENV_HELPDESK_KEY);
});

test("an agent opening Settings gets the Not allowed page", async ({ page }) => {
  await signIn(page, "agent");
  for (const path of ["/settings", "/settings/users"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Sender numbers" })).toHaveCount(0);
  }
});

test("an admin sets a sender number's send rate; an agent reads it in the composer", async ({
  page,
  browser,
}) => {
  test.slow(); // Settings, the audit trail and the composer as an agent, in one flow
  await signIn(page, "admin");
  await page.goto("/settings");
  const label = `E2E paced ${uniqueSuffix()}`;
  const number = uniqueNumber();
  await addSender(page, label, number.typed, SANDBOX_TOKEN);
  const row = senderRow(page, label);
  // Until an admin sets one, the default (what the sandbox allows in the e2e environment).
  await expect(row).toContainText("100 messages per second(default)");

  await row.getByRole("button", { name: `Set rate for ${label}` }).click();
  const dialog = page.getByRole("dialog", { name: `Send rate of ${label}` });
  const limit = dialog.getByLabel("Messages");
  await expect(limit).toHaveValue("100");
  await expect(dialog.getByLabel("Per")).toHaveValue("second");

  // Refused next to the field, nothing saved.
  await limit.fill("1001");
  await dialog.getByRole("button", { name: "Save rate" }).click();
  await expect(dialog.getByText("At most 1000 messages per second")).toBeVisible();
  await expect(limit).toHaveAttribute("aria-invalid", "true");
  await limit.fill("0");
  await dialog.getByRole("button", { name: "Save rate" }).click();
  await expect(dialog.getByText("At least 1 message")).toBeVisible();

  await limit.fill("30");
  await dialog.getByLabel("Per").selectOption("minute");
  await dialog.getByRole("button", { name: "Save rate" }).click();
  await expect(page.getByText(`${label} now sends at most 30 messages per minute.`)).toBeVisible();
  await expect(dialog).toHaveCount(0);
  await expect(row).toContainText("30 messages per minute");
  await expect(row).not.toContainText("(default)");
  await page.reload();
  await expect(senderRow(page, label)).toContainText("30 messages per minute");

  // Audited, with the old and the new rate.
  await page.goto("/audit");
  await expect(page.getByRole("cell", { name: "Changed a sender's rate" }).first()).toBeVisible();

  // An agent cannot open Settings but reads the rate where it matters: choosing the sender.
  const agentContext = await browser.newContext();
  const agent = await agentContext.newPage();
  await signIn(agent, "agent");
  await agent.goto("/composer");
  await agent.getByLabel("Send from").selectOption({ label: `${label} (${number.e164})` });
  await expect(
    agent.getByText("Sends at most 30 messages per minute (set by an admin in Settings)."),
  ).toBeVisible();
  await agentContext.close();

  await page.goto("/settings");
  await removeSender(page, label);
});
