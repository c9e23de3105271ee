// What the composer and history say while the delivery engine works on a send (issue 15): a
// request waiting for Damcorp's rate limit (with the time it waits until), and what a cancel of
// the rows not sent yet leaves. The sends go from a sender number of their own (added here), so
// the pause a 429 puts on its pace holds up no other test's sender.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signIn } from "../tests/support/e2e/auth";
import { gotoComposer } from "../tests/support/e2e/composer";
import { uniqueSuffix } from "../tests/support/e2e/user-admin";
import { e2eEnv, e2eSandboxUrl } from "../scripts/lib/test-env.mjs";

const TOKEN = e2eEnv.DAMCORP_TOKEN ?? "sandbox-token";

test.use({ timezoneId: "Asia/Jakarta" });

let counter = 0;
/** A unique Indonesian mobile number inside the sandbox's 24-hour window. */
async function sessionCustomer(request: APIRequestContext) {
  counter += 1;
  const eight = `${String(Date.now() % 1e4).padStart(4, "0")}${String(counter).padStart(3, "0")}7`;
  const digits = `62813${eight}`;
  await request.post(`${e2eSandboxUrl}/__sandbox/inbound`, {
    data: { from: digits, body: "Halo" },
  });
  return { typed: `0813 ${eight.slice(0, 4)} ${eight.slice(4)}`, e164: `+${digits}` };
}

/** A sender number of this test's own, added through Settings; returns its composer label. */
async function addOwnSender(page: Page): Promise<{ label: string; option: string }> {
  const label = `E2E delivery ${uniqueSuffix()}`;
  const digits = String(Math.floor(Math.random() * 1e8)).padStart(8, "0");
  await page.goto("/settings");
  await page.getByLabel("Label", { exact: true }).fill(label);
  await page.getByLabel("Phone number").fill(`0812${digits}`);
  await page.getByLabel("Damcorp token").fill(TOKEN);
  await page.getByRole("button", { name: "Add sender number" }).click();
  await expect(page.getByText("Sender number added.").first()).toBeVisible();
  // One a minute: the second request of a send cannot leave before the first one's answer.
  await page.getByRole("button", { name: `Set rate for ${label}` }).click();
  const dialog = page.getByRole("dialog", { name: `Send rate of ${label}` });
  await dialog.getByLabel("Messages").fill("1");
  await dialog.getByLabel("Per").selectOption("minute");
  await dialog.getByRole("button", { name: "Save rate" }).click();
  await expect(page.getByText(`${label} now sends at most 1 message per minute.`)).toBeVisible();
  return { label, option: `${label} (+62812${digits})` };
}

async function removeSender(page: Page, label: string) {
  await page.goto("/settings");
  await page.getByRole("button", { name: `Remove ${label}` }).click();
  await page
    .getByRole("dialog", { name: `Remove ${label}?` })
    .getByRole("button", { name: "Remove sender number" })
    .click();
  await expect(page.getByText(`${label} removed.`)).toBeVisible();
}

const outcome = (page: Page) => page.getByRole("region", { name: "Outcome" });
const recipientItem = (page: Page, number: string) =>
  outcome(page).getByRole("listitem").filter({ hasText: number });

/** The history page of the request to `number`, from the composer's own link to it. */
async function openHistoryOf(composer: Page, history: Page, number: string) {
  const link = outcome(composer).getByRole("link", { name: `History of the send to ${number}` });
  await history.goto((await link.getAttribute("href"))!);
  await expect(history.getByRole("heading", { level: 1, name: "Send details" })).toBeVisible();
  return history.getByRole("region", { name: "Summary" });
}

test("waiting for the rate limit shows until when in the composer and history; a cancel of the queued rows says cancelled in both", async ({
  page,
  request,
  context,
}) => {
  test.slow(); // three pages: Settings, the composer and history, in one flow
  await signIn(page, "admin");
  const sender = await addOwnSender(page);
  const first = await sessionCustomer(request);
  const second = await sessionCustomer(request);

  await gotoComposer(page);
  await page.getByLabel("Send from").selectOption({ label: sender.option });
  await page.getByLabel("Recipients", { exact: true }).fill(`${first.typed}\n${second.typed}`);
  await page.getByLabel("Message", { exact: true }).fill("Mohon ditunggu.");
  // Damcorp answers the first request 429 with a long Retry-After: the sender waits 10 minutes.
  await request.post(`${e2eSandboxUrl}/__sandbox/faults`, {
    data: { path: "/whatsapp/sendText", status: 429, retryAfter: 600, times: 1 },
  });
  await page.getByRole("button", { name: "Send to 2 recipients" }).click();

  const waiting = /^Waiting for Damcorp's rate limit until (\d\d:\d\d:\d\d) · 0 of 2 sent so far$/;
  await expect(outcome(page).getByRole("status")).toHaveText(waiting);
  const until = waiting.exec((await outcome(page).getByRole("status").innerText()).trim())![1]!;
  for (const to of [first, second]) {
    await expect(recipientItem(page, to.e164)).toContainText(
      `Not sent yet: waiting for Damcorp's rate limit until ${until}.`,
    );
  }
  // Never "failed" for being rate limited, and the page says it can be left.
  await expect(outcome(page)).not.toContainText("Not sent to");
  await expect(page.getByText("you can leave this page")).toBeVisible();

  // History, in another tab, says the same, with the same time.
  const history = await context.newPage();
  const summary = await openHistoryOf(page, history, first.e164);
  await expect(summary).toContainText("Queued");
  await expect(summary.getByRole("status")).toHaveText(
    `Not sent yet: waiting for Damcorp's rate limit until ${until}.`,
  );

  // Cancel what has not left: both requests (the 429 one went back to the queue).
  await page.getByRole("button", { name: "Cancel the 2 not sent yet" }).click();
  await expect(outcome(page).getByRole("status")).toHaveText(
    "Cancelled: not sent to any of the 2 recipients",
  );
  for (const to of [first, second]) {
    await expect(recipientItem(page, to.e164)).toContainText("Cancelled");
    await expect(recipientItem(page, to.e164)).toContainText(
      "It was cancelled before it was sent. Nothing was sent.",
    );
  }
  await expect(page.getByRole("button", { name: /^Cancel the/ })).toHaveCount(0);

  await history.reload();
  const after = history.getByRole("region", { name: "Summary" });
  await expect(after).toContainText("Cancelled");
  await expect(after.getByRole("status")).toHaveCount(0); // nothing is "waiting" any more
  const log = (await (await request.get(`${e2eSandboxUrl}/__sandbox/requests`)).json()) as {
    requests: { path: string; body: unknown; status: number | null }[];
  };
  // The sandbox saw one request of the two (answered 429), and nothing after the cancel.
  const ours = log.requests.filter(
    (r) =>
      r.path === "/whatsapp/sendText" &&
      [first.e164, second.e164].some((n) => JSON.stringify(r.body).includes(n.slice(1))),
  );
  expect(ours.map((r) => r.status)).toStrictEqual([429]);

  await history.close();
  await removeSender(page, sender.label);
});
