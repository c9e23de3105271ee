import { expect, test, type APIRequestContext } from "@playwright/test";
import { e2eDistDir } from "../scripts/lib/test-env.mjs";
import {
  actionIdOf,
  foreignOriginRequests,
  malformedActionRequests,
  validActionBody,
  type FuzzCase,
} from "../tests/support/e2e/action-fuzz";
import { signIn } from "../tests/support/e2e/auth";

// Bad input sent straight to a server action, as a fuzzer or a forged form would: Next decodes
// the request itself before Kabar's code runs and answers what it cannot decode with HTTP 500;
// proxy.ts (lib/security/action-request.ts) refuses those first with a 4xx and a plain message.

const closeAction = () =>
  actionIdOf(e2eDistDir, "app/(app)/tickets/actions.ts", "closeTicketAction");

async function send(request: APIRequestContext, fuzz: FuzzCase) {
  const response = await request.post("/tickets", {
    headers: fuzz.headers,
    data: fuzz.body,
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  return {
    status: response.status(),
    type: response.headers()["content-type"] ?? "",
    text: await response.text(),
  };
}

test("malformed server-action bodies get a 4xx with a plain message, never a 500", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, "agent");
  const cases = malformedActionRequests(closeAction());
  expect(cases.length).toBeGreaterThan(80);
  const answers: { name: string; status: number }[] = [];
  for (const fuzz of cases) {
    const answer = await send(page.request, fuzz);
    answers.push({ name: fuzz.name, status: answer.status });
    if (answer.status >= 400 && answer.status < 500) {
      expect(answer.type, fuzz.name).toMatch(/^text\/plain/);
      expect(answer.text, fuzz.name).toMatch(/^Kabar (cannot read|refuses) this request/);
    }
  }
  const serverErrors = answers.filter((a) => a.status >= 500);
  expect(serverErrors, JSON.stringify(serverErrors)).toEqual([]);
  // Nothing reached the action by accident: each one was refused before Next decoded it.
  expect(answers.filter((a) => a.status < 400)).toEqual([]);
});

test("a server action sent from another site is refused with 403, never a 500", async ({
  page,
}) => {
  await signIn(page, "agent");
  for (const fuzz of foreignOriginRequests(closeAction())) {
    const answer = await send(page.request, fuzz);
    expect(answer.status, fuzz.name).toBe(403);
    expect(answer.text).toBe("Kabar refuses this request: it was sent from another site.");
  }
});

test("a well-formed action from this site still runs and answers with Kabar's own result", async ({
  page,
  baseURL,
}) => {
  await signIn(page, "agent");
  const id = closeAction();
  for (const origin of [undefined, new URL(baseURL!).origin]) {
    const answer = await send(page.request, {
      name: "valid",
      headers: {
        "next-action": id,
        "content-type": "text/plain;charset=UTF-8",
        ...(origin ? { origin } : {}),
      },
      body: validActionBody,
    });
    expect(answer.status).toBe(200);
    // The action ran: the helpdesk has no ticket 999999, in plain words.
    expect(answer.text).toContain("The helpdesk has no ticket with this code.");
  }
});
