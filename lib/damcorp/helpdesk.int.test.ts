// Contract tests: helpdesk client functions against the sandbox over real HTTP.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DamcorpClient } from "./client";
import { closeTicket, openTicket } from "./helpdesk/actions";
import { parseHelpdeskError } from "./helpdesk/helpdesk-error";
import { getTicket, listTickets } from "./helpdesk/reports";
import type { Ticket } from "./helpdesk/ticket";
import {
  SANDBOX_API_KEY,
  startHarness,
  type SandboxHarness,
} from "@/tests/support/sandbox-harness";

let sandbox: SandboxHarness;
let client: DamcorpClient;

beforeAll(async () => {
  sandbox = await startHarness();
  client = sandbox.client();
});
afterAll(async () => {
  await sandbox?.close();
});
beforeEach(async () => {
  await sandbox.reset();
});

const today = new Date().toISOString().slice(0, 10);
const range = { startDate: "2000-01-01", endDate: "2100-12-31" };

async function findTicket(
  status: "open" | "processing" | "closed",
  customerDigits: string,
): Promise<Ticket | undefined> {
  const listed = await listTickets(client, status, range);
  expect(listed.outcome).toBe("accepted");
  if (listed.outcome !== "accepted") return undefined;
  return listed.report.tickets.find((t) => t.customerNumber?.replace(/^\+/, "") === customerDigits);
}

describe("open → list → get → close", () => {
  it("runs a ticket's life with the documented bodies and headers", async () => {
    const opened = await openTicket(client, {
      userNumber: "628123456789",
      userName: "Jhon",
      issue: "Example issue",
      tag: "Example tag",
      operatorEmail: "johndoe@example.com",
      group: "1",
    });
    expect(opened).toMatchObject({ outcome: "accepted", responseCode: "000" });
    const post = await sandbox.lastRequest("/api/v2/ticket/open");
    expect(post?.body).toStrictEqual({
      userNumber: "628123456789",
      userName: "Jhon",
      issue: "Example issue",
      tag: "Example tag",
      operatorEmail: "johndoe@example.com",
      group: "1",
    });
    expect(post?.headers["api-key"]).toBe(SANDBOX_API_KEY);

    const open = await findTicket("open", "628123456789");
    expect(open).toBeDefined();
    if (!open) return;
    expect(open.status).toBe("open");
    expect(open.createdAt).toBeInstanceOf(Date);
    expect(typeof open.raw.ticketCode).toBe("string");
    const listRequest = await sandbox.lastRequest("/api/v2/report/tickets/open");
    expect(listRequest?.query).toMatchObject({ start_date: "2000-01-01", end_date: "2100-12-31" });

    const one = await getTicket(client, open.ticketCode, { withMessage: true });
    expect(one).toMatchObject({ outcome: "accepted", ticket: { ticketCode: open.ticketCode } });
    if (one.outcome === "accepted") {
      expect(one.ticket?.messages).toEqual(expect.any(Array));
      expect(
        one.ticket?.totalResponse === null || typeof one.ticket?.totalResponse === "number",
      ).toBe(true);
    }
    const getRequest = await sandbox.lastRequest("/api/v2/report/ticket/");
    expect(getRequest?.query).toMatchObject({ ticketCode: open.ticketCode, with_message: "true" });

    const closed = await closeTicket(client, {
      userNumber: "628123456789",
      ticketCode: open.ticketCode,
    });
    expect(closed).toMatchObject({ outcome: "accepted" });
    expect((await sandbox.lastRequest("/api/v2/ticket/close"))?.body).toStrictEqual({
      userNumber: "628123456789",
      ticketCode: open.ticketCode,
    });

    // The list path is `closed`, the status inside the ticket is `close`.
    const afterClose = await findTicket("closed", "628123456789");
    expect(afterClose).toMatchObject({ ticketCode: open.ticketCode, status: "close" });
    expect(afterClose?.closedAt).toBeInstanceOf(Date);
  });

  it("lists with pagination parameters", async () => {
    const listed = await listTickets(client, "processing", {
      startDate: today,
      endDate: today,
      withMessage: false,
      perPage: 2,
      page: 1,
    });
    expect(listed.outcome).toBe("accepted");
    expect((await sandbox.lastRequest("/api/v2/report/tickets/processing"))?.query).toMatchObject({
      start_date: today,
      end_date: today,
      with_message: "false",
      per_page: "2",
      page: "1",
    });
  });
});

describe("helpdesk refusals", () => {
  it("ticket_exists names the open ticket", async () => {
    const input = { userNumber: "628123450001", userName: "Jhon", issue: "i", tag: "t" };
    expect((await openTicket(client, input)).outcome).toBe("accepted");
    const again = await openTicket(client, input);
    expect(again).toMatchObject({
      outcome: "rejected",
      code: "400",
      message: "ticket_exists",
      error: { code: "ticket_exists" },
      helpdeskError: {
        kind: "ticket_exists",
        existing: { status: "open", user: expect.stringContaining("628123450001") },
      },
    });
  });

  it("invalid_param_group lists the group field", async () => {
    const result = await openTicket(client, {
      userNumber: "628123450002",
      userName: "Jhon",
      issue: "i",
      tag: "t",
      group: "99",
    });
    expect(result).toMatchObject({
      outcome: "rejected",
      message: "invalid_param_group",
      helpdeskError: { kind: "invalid_param_group", fields: ["group"] },
    });
  });

  it("invalid_param lists the missing field (raw request: the client never sends it)", async () => {
    const response = await fetch(`${sandbox.url}/api/v2/ticket/open`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "api-key": SANDBOX_API_KEY },
      body: JSON.stringify({ userNumber: "628123456789", userName: "Jhon", tag: "Example tag" }),
    });
    const body = (await response.json()) as {
      responseCode: string;
      message: string;
      data: unknown;
    };
    expect(body).toMatchObject({ responseCode: "400", message: "invalid_param" });
    expect(parseHelpdeskError(body.responseCode, body.message, body.data)).toStrictEqual({
      kind: "invalid_param",
      fields: ["issue"],
    });
  });

  it("a wrong api-key is 401", async () => {
    const result = await getTicket(client.withCredentials({ apiKey: "wrong" }), "1");
    expect(result).toMatchObject({
      outcome: "rejected",
      code: "401",
      helpdeskError: { kind: "other", code: "401" },
    });
  });

  it("closing an unknown ticket is refused", async () => {
    const result = await closeTicket(client, {
      userNumber: "628123456789",
      ticketCode: "987654321",
    });
    expect(result.outcome).toBe("rejected");
  });
});
