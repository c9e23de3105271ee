// A close whose answer never comes back in time, against the sandbox over real HTTP: the
// helpdesk closed the ticket (a delay-only fault takes effect at once and answers late), so
// Kabar reads the ticket back and says it is closed instead of "was not closed".
import "@/tests/support/test-env";
import { afterAll, beforeEach, expect, it } from "vitest";
import { startSandbox } from "@/sandbox/server";

const API_KEY = "close-int-api-key";
const sandbox = await startSandbox({ port: 0, apiKey: API_KEY });
process.env.DAMCORP_HELPDESK_URL = sandbox.url;
process.env.DAMCORP_WHATSAPP_URL = sandbox.url;
process.env.DAMCORP_HELPDESK_API_KEY = API_KEY;
// Short, so the test does not wait out the default 15 s; long enough for a loaded machine.
process.env.DAMCORP_TIMEOUT_MS = "2000";

const { closeHelpdeskTicket } = await import("./close-helpdesk-ticket");

const actor = {
  user: {
    id: "user-int-test",
    email: "agent@int.test",
    name: "Agent",
    role: "agent" as const,
    sessionId: "int-test",
    timeZone: "Asia/Jakarta",
  },
  ip: "203.0.113.7",
};

type StateTicket = { ticketCode: string; status: string; customerNumber: string };

async function control(path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${sandbox.url}/__sandbox/${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return response.json();
}

const tickets = async () => ((await control("state")) as { tickets: StateTicket[] }).tickets;

beforeEach(async () => {
  await control("reset", {});
});
afterAll(async () => {
  await sandbox.close();
});

it("reads a ticket back after a close that timed out, and says it is closed", async () => {
  const ticket = (await tickets()).find((t) => t.status !== "close")!;
  await control("faults", { path: "/api/v2/ticket/close", delayMs: 3_000 });

  const outcome = await closeHelpdeskTicket(
    { ticketCode: ticket.ticketCode, userNumber: ticket.customerNumber },
    actor,
  );

  expect(outcome).toEqual({ confirmedBy: "re-read" });
  expect((await tickets()).find((t) => t.ticketCode === ticket.ticketCode)?.status).toBe("close");
  const log = (await control("requests?path=/api/v2/report/ticket")) as {
    requests: { query: Record<string, string> }[];
  };
  expect(log.requests.map((r) => r.query.ticketCode)).toEqual([ticket.ticketCode]);
});

it("reads a ticket back after the helpdesk closed it and the connection dropped", async () => {
  const ticket = (await tickets()).find((t) => t.status !== "close")!;
  await control("faults", { path: "/api/v2/ticket/close", dropConnection: true, apply: "before" });

  const outcome = await closeHelpdeskTicket(
    { ticketCode: ticket.ticketCode, userNumber: ticket.customerNumber },
    actor,
  );

  expect(outcome).toEqual({ confirmedBy: "re-read" });
  expect((await tickets()).find((t) => t.ticketCode === ticket.ticketCode)?.status).toBe("close");
});
