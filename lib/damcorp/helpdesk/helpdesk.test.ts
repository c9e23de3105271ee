// Helpdesk calls against a scripted fetch: URLs and query strings as the spec writes them,
// the api-key header, ticket parsing, and the typed refusals.
import { describe, expect, it, vi } from "vitest";
import { createDamcorpClient } from "../client";
import { fakeFetch, type FakeStep } from "@/tests/support/fake-fetch";
import { closeTicket, openTicket } from "./actions";
import { getTicket, listTickets } from "./reports";

const API_KEY = "hd-key-SECRET-99";

function setup(steps: FakeStep[]) {
  const fake = fakeFetch(steps);
  const client = createDamcorpClient({
    whatsappUrl: "http://wa.test",
    helpdeskUrl: "http://helpdesk.test/",
    apiKey: API_KEY,
    fetch: fake.fetch,
    sleep: vi.fn(async () => {}),
    random: () => 0,
    timeoutMs: 30,
  });
  return { client, calls: fake.calls };
}

// The spec's "Get One Ticket" answer (with messages).
const oneTicket = {
  responseCode: "000",
  version: "2.0.4",
  message: "success",
  data: {
    companyNumber: "08123456789",
    ticket: [
      {
        dateCreate: "2019-02-15 18:00:09",
        dateClose: "2019-02-16 17:31:01",
        ticketCode: "34",
        problem: "What happen?",
        customerName: "Jhon",
        customerNumber: "6282101234567",
        operatorName: "Daisy",
        operatorNumber: "0898765432101",
        totalResponse: "4",
        status: "close",
        messages: [
          {
            dateCreate: "2019-02-15 17:59:56",
            body: "Examples",
            messageType: "text",
            type: "USER_ANSWER",
            caption: null,
          },
          {
            dateCreate: "2019-02-15 17:59:57",
            body: "Hi, Jhon. Any questions? We'll help you.",
            messageType: "text",
            type: "QUESTION_PROBLEM",
            caption: null,
          },
        ],
      },
    ],
    total: 1,
    companyName: "DAM Corp.",
  },
};

describe("getTicket", () => {
  it("GETs /api/v2/report/ticket/?ticketCode=&with_message= with the api-key header", async () => {
    const { client, calls } = setup([{ json: oneTicket }]);
    const result = await getTicket(client, "34", { withMessage: true });
    expect(calls[0]).toMatchObject({
      method: "GET",
      url: "http://helpdesk.test/api/v2/report/ticket/?ticketCode=34&with_message=true",
    });
    expect(calls[0]?.headers["api-key"]).toBe(API_KEY);
    expect(calls[0]?.body).toBeUndefined();

    expect(result.outcome).toBe("accepted");
    if (result.outcome !== "accepted") return;
    const ticket = result.ticket;
    expect(ticket).toMatchObject({
      ticketCode: "34",
      status: "close",
      totalResponse: 4,
      customerNumber: "6282101234567",
      raw: { totalResponse: "4", dateCreate: "2019-02-15 18:00:09" },
    });
    expect(ticket?.createdAt?.toISOString()).toBe("2019-02-15T11:00:09.000Z");
    expect(ticket?.closedAt?.toISOString()).toBe("2019-02-16T10:31:01.000Z");
    expect(ticket?.messages?.map((m) => [m.type, m.createdAt?.toISOString()])).toStrictEqual([
      ["USER_ANSWER", "2019-02-15T10:59:56.000Z"],
      ["QUESTION_PROBLEM", "2019-02-15T10:59:57.000Z"],
    ]);
    expect(result.report).toMatchObject({
      total: 1,
      companyName: "DAM Corp.",
      companyNumber: "08123456789",
    });
    expect(JSON.stringify(result)).not.toContain(API_KEY);
  });

  it("omits with_message when not asked", async () => {
    const { client, calls } = setup([{ json: oneTicket }]);
    await getTicket(client, "34");
    expect(calls[0]?.url).toBe("http://helpdesk.test/api/v2/report/ticket/?ticketCode=34");
  });

  it("an open ticket without dateClose or operator parses with nulls", async () => {
    const open = structuredClone(oneTicket);
    const t = open.data.ticket[0] as Record<string, unknown>;
    t.dateClose = null;
    t.operatorName = null;
    t.status = "open";
    delete t.messages;
    const { client } = setup([{ json: open }]);
    const result = await getTicket(client, "34");
    expect(result).toMatchObject({
      outcome: "accepted",
      ticket: { closedAt: null, operatorName: null, status: "open" },
    });
    if (result.outcome === "accepted") expect(result.ticket).not.toHaveProperty("messages");
  });

  it("retries a timed-out read", async () => {
    const { client, calls } = setup([{ hang: true }, { json: oneTicket }]);
    expect(await getTicket(client, "34")).toMatchObject({ outcome: "accepted", attempts: 2 });
    expect(calls).toHaveLength(2);
  });
});

describe("listTickets", () => {
  it("uses the path closed (while tickets say status close) and snake_case query", async () => {
    const { client, calls } = setup([{ json: oneTicket }]);
    const result = await listTickets(client, "closed", {
      startDate: "2019-03-01",
      endDate: "2019-03-28",
      withMessage: false,
      perPage: 2,
      page: 1,
    });
    expect(calls[0]?.url).toBe(
      "http://helpdesk.test/api/v2/report/tickets/closed?start_date=2019-03-01&end_date=2019-03-28&with_message=false&per_page=2&page=1",
    );
    expect(result).toMatchObject({
      outcome: "accepted",
      report: { tickets: [{ status: "close" }] },
    });
  });

  it.each(["open", "processing"] as const)("lists %s tickets", async (status) => {
    const { client, calls } = setup([{ json: oneTicket }]);
    await listTickets(client, status);
    expect(calls[0]?.url).toBe(`http://helpdesk.test/api/v2/report/tickets/${status}`);
  });

  it("rejects a bad status or date before sending", async () => {
    const { client, calls } = setup([]);
    const result = await listTickets(client, "close" as "closed", { startDate: "2019-3-1" });
    expect(result).toMatchObject({
      outcome: "not_sent",
      reason: "invalid_request",
      issues: [
        { path: "status", message: 'Ticket list status must be "open", "processing" or "closed"' },
        { path: "start_date", message: "Start date must be a date written as YYYY-MM-DD" },
      ],
    });
    expect(calls).toHaveLength(0);
  });
});

describe("openTicket / closeTicket", () => {
  it("POSTs the documented body", async () => {
    const { client, calls } = setup([
      { json: { responseCode: "000", version: "2.0.7", message: "success", data: "" } },
    ]);
    const result = await openTicket(client, {
      userNumber: "628123456789",
      userName: "Jhon",
      issue: "Example issue",
      tag: "Example tag",
      operatorEmail: "johndoe@example.com",
      group: "1",
    });
    expect(result).toMatchObject({ outcome: "accepted", responseCode: "000" });
    expect(calls[0]).toMatchObject({
      method: "POST",
      url: "http://helpdesk.test/api/v2/ticket/open",
    });
    expect(calls[0]?.headers).toMatchObject({
      "api-key": API_KEY,
      "content-type": "application/json",
    });
    expect(JSON.parse(String(calls[0]?.body))).toStrictEqual({
      userNumber: "628123456789",
      userName: "Jhon",
      issue: "Example issue",
      tag: "Example tag",
      operatorEmail: "johndoe@example.com",
      group: "1",
    });
  });

  it("leaves optional fields out", async () => {
    const { client, calls } = setup([
      { json: { responseCode: "000", message: "success", data: "" } },
    ]);
    await openTicket(client, { userNumber: "08123456789", userName: "Jhon", issue: "i", tag: "t" });
    expect(JSON.parse(String(calls[0]?.body))).toStrictEqual({
      userNumber: "08123456789",
      userName: "Jhon",
      issue: "i",
      tag: "t",
    });
  });

  it("ticket_exists carries the existing ticket", async () => {
    const { client } = setup([
      {
        json: {
          responseCode: "400",
          version: "2.0.7",
          message: "ticket_exists",
          data: { code: "101917000", status: "open", user: "628123456789" },
        },
      },
    ]);
    const result = await openTicket(client, {
      userNumber: "628123456789",
      userName: "Jhon",
      issue: "i",
      tag: "t",
    });
    expect(result).toMatchObject({
      outcome: "rejected",
      code: "400",
      message: "ticket_exists",
      error: { code: "ticket_exists", title: "Ticket already open" },
      helpdeskError: {
        kind: "ticket_exists",
        existing: { code: "101917000", status: "open", user: "628123456789" },
      },
    });
  });

  it.each([
    ["invalid_param", ["issue"]],
    ["invalid_param_group", ["group"]],
  ])("%s lists the fields", async (message, fields) => {
    const { client } = setup([
      { status: 400, json: { responseCode: "400", version: "2.0.7", message, data: fields } },
    ]);
    const result = await openTicket(client, {
      userNumber: "628123456789",
      userName: "Jhon",
      issue: "i",
      tag: "t",
      group: "9",
    });
    expect(result).toMatchObject({
      outcome: "rejected",
      httpStatus: 400,
      helpdeskError: { kind: message, fields },
    });
  });

  it("other refusals are typed as other", async () => {
    const { client } = setup([
      { status: 401, json: { responseCode: "401", message: "unauthorized", data: null } },
    ]);
    const result = await closeTicket(client, { userNumber: "628123456789", ticketCode: "34" });
    expect(result).toMatchObject({
      outcome: "rejected",
      helpdeskError: { kind: "other", code: "401", message: "unauthorized" },
    });
  });

  it("closeTicket POSTs userNumber and ticketCode; a timeout is unknown, not retried", async () => {
    const { client, calls } = setup([{ hang: true }]);
    const result = await closeTicket(client, { userNumber: "628123456789", ticketCode: "34" });
    expect(result).toMatchObject({ outcome: "unknown", reason: "timeout", attempts: 1 });
    expect(calls[0]?.url).toBe("http://helpdesk.test/api/v2/ticket/close");
    expect(JSON.parse(String(calls[0]?.body))).toStrictEqual({
      userNumber: "628123456789",
      ticketCode: "34",
    });
  });

  it("no api-key: not sent", async () => {
    const fake = fakeFetch([]);
    const client = createDamcorpClient({
      whatsappUrl: "http://wa.test",
      helpdeskUrl: "http://hd.test",
      fetch: fake.fetch,
    });
    expect(await getTicket(client, "1")).toMatchObject({
      outcome: "not_sent",
      reason: "missing_credentials",
    });
    expect(fake.calls).toHaveLength(0);
  });
});
