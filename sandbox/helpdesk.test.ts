import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { API_KEY, STRANGER, startTestSandbox, type TestSandbox, type TicketJson } from "./testkit";

let sandbox: TestSandbox;
let tickets: TicketJson[];
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(async () => {
  await sandbox.close();
});
beforeEach(async () => {
  await sandbox.reset();
  tickets = (await sandbox.state()).tickets;
});

const list = (status: string, query: string) =>
  sandbox.hd("GET", `/api/v2/report/tickets/${status}?${query}`);
const TICKET_KEYS = [
  "dateCreate",
  "dateClose",
  "ticketCode",
  "problem",
  "customerName",
  "customerNumber",
  "operatorName",
  "operatorNumber",
  "totalResponse",
  "status",
];

describe("seed", () => {
  it("spreads about 60 tickets over 60 days across all statuses", () => {
    expect(tickets).toHaveLength(60);
    expect(new Set(tickets.map((t) => t.status))).toEqual(new Set(["open", "processing", "close"]));
    for (const t of tickets) {
      expect(t.messages.length).toBeGreaterThanOrEqual(2);
      expect(t.messages.length).toBeLessThanOrEqual(8);
      expect(t.dateClose === null).toBe(t.status !== "close");
    }
  });
});

describe("GET /api/v2/report/ticket", () => {
  it("returns one ticket with messages, fields as strings", async () => {
    const code = tickets[0]?.ticketCode ?? "";
    const res = await sandbox.hd(
      "GET",
      `/api/v2/report/ticket/?ticketCode=${code}&with_message=true`,
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ responseCode: "000", message: "success" });
    expect(Object.keys(res.body.data)).toEqual(["companyNumber", "ticket", "total", "companyName"]);
    expect(res.body.data.total).toBe(1);
    const [ticket] = res.body.data.ticket;
    expect(Object.keys(ticket)).toEqual([...TICKET_KEYS, "messages"]);
    expect(ticket.ticketCode).toBe(code);
    expect(ticket.totalResponse).toBe(String(ticket.messages.length));
    expect(ticket.dateCreate).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(Object.keys(ticket.messages[0])).toEqual([
      "dateCreate",
      "body",
      "messageType",
      "type",
      "caption",
    ]);
  });

  it("omits messages unless with_message=true, with or without the trailing slash", async () => {
    const code = tickets[5]?.ticketCode ?? "";
    const res = await sandbox.hd(
      "GET",
      `/api/v2/report/ticket?ticketCode=${code}&with_message=false`,
    );
    expect(Object.keys(res.body.data.ticket[0])).toEqual(TICKET_KEYS);
  });

  it("answers 000 with no tickets for an unknown code, 400 without a code", async () => {
    const unknown = await sandbox.hd("GET", "/api/v2/report/ticket/?ticketCode=424242");
    expect(unknown.body.responseCode).toBe("000");
    expect(unknown.body.data).toMatchObject({ ticket: [], total: 0 });
    const missing = await sandbox.hd("GET", "/api/v2/report/ticket/");
    expect(missing.body).toMatchObject({
      responseCode: "400",
      message: "invalid_param",
      data: ["ticketCode"],
    });
  });

  it("answers 401 without the api-key header", async () => {
    const res = await sandbox.get("/api/v2/report/ticket/?ticketCode=1001");
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ responseCode: "401", message: "unauthorized", data: null });
    const wrong = await sandbox.get("/api/v2/report/ticket/?ticketCode=1001", { "api-key": "x" });
    expect(wrong.status).toBe(401);
  });
});

describe("GET /api/v2/report/tickets/{status}", () => {
  const all = "start_date=2025-04-01&end_date=2025-06-15";

  it('lists each status; the closed path returns status "close"', async () => {
    for (const [segment, status] of [
      ["open", "open"],
      ["processing", "processing"],
      ["closed", "close"],
    ]) {
      const res = await list(segment ?? "", all);
      const expected = tickets.filter((t) => t.status === status);
      expect(res.body.data.total).toBe(expected.length);
      expect(res.body.data.ticket.map((t: TicketJson) => t.status)).toEqual(
        expected.map(() => status),
      );
    }
    expect((await list("close", all)).status).toBe(404);
  });

  it("filters by dateCreate day, both ends inclusive, newest first", async () => {
    const closed = tickets.filter((t) => t.status === "close");
    const day = closed[10]?.dateCreate.slice(0, 10) ?? "";
    const res = await list("closed", `start_date=${day}&end_date=${day}&with_message=true`);
    const expected = closed.filter((t) => t.dateCreate.startsWith(day));
    expect(res.body.data.total).toBe(expected.length);
    expect(res.body.data.ticket.every((t: TicketJson) => t.dateCreate.startsWith(day))).toBe(true);
    expect(res.body.data.ticket[0].messages).toBeDefined();
    const dates = res.body.data.ticket.map((t: TicketJson) => t.dateCreate);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("pages with per_page and page while total counts every match", async () => {
    const expected = tickets.filter((t) => t.status === "close").length;
    const page1 = await list("closed", `${all}&per_page=7`);
    const page2 = await list("closed", `${all}&per_page=7&page=2`);
    expect(page1.body.data.total).toBe(expected);
    expect(page1.body.data.ticket).toHaveLength(7);
    expect(page2.body.data.ticket).toHaveLength(7);
    expect(page2.body.data.ticket[0].ticketCode).not.toBe(page1.body.data.ticket[0].ticketCode);
    const last = await list("closed", `${all}&per_page=7&page=99`);
    expect(last.body.data).toMatchObject({ ticket: [], total: expected });
  });

  it("ignores page when configured as a helpdesk that knows only per_page", async () => {
    await sandbox.post("/__sandbox/config", { helpdeskIgnoresPage: true });
    const page1 = await list("closed", `${all}&per_page=7`);
    const page2 = await list("closed", `${all}&per_page=7&page=2`);
    expect(page2.body.data).toEqual(page1.body.data);
    expect(page2.body.data.ticket).toHaveLength(7);
    // Not even validated: it is not a parameter this helpdesk knows.
    expect((await list("closed", `${all}&per_page=7&page=zero`)).body.responseCode).toBe("000");
    expect((await list("closed", `${all}&per_page=0`)).body.data).toEqual(["per_page"]);
  });

  it("answers invalid_param naming the bad dates or paging values", async () => {
    expect((await list("open", "end_date=2025-06-01")).body).toMatchObject({
      responseCode: "400",
      message: "invalid_param",
      data: ["start_date"],
    });
    expect((await list("open", "start_date=2025-02-30&end_date=x")).body.data).toEqual([
      "start_date",
      "end_date",
    ]);
    expect((await list("open", "start_date=2025-06-10&end_date=2025-06-01")).body.data).toEqual([
      "end_date",
    ]);
    expect((await list("open", `${all}&per_page=0`)).body.data).toEqual(["per_page"]);
  });

  it("renders timestamps in the configured zone", async () => {
    const utc = await startTestSandbox({ timeZone: "UTC" });
    try {
      // 01:30 on the 15th in Jakarta is still the 14th in UTC.
      for (const box of [sandbox, utc]) {
        box.setNow(new Date("2025-06-14T18:30:00Z"));
        await box.hd("POST", "/api/v2/ticket/open", {
          userNumber: STRANGER,
          userName: "Zed",
          issue: "i",
          tag: "t",
        });
      }
      const jakarta = await sandbox.hd(
        "GET",
        "/api/v2/report/tickets/open?start_date=2025-06-15&end_date=2025-06-15",
      );
      const created = jakarta.body.data.ticket.find(
        (t: TicketJson) => t.customerNumber === STRANGER,
      );
      expect(created.dateCreate).toBe("2025-06-15 01:30:00");
      const inUtc = await utc.hd(
        "GET",
        "/api/v2/report/tickets/open?start_date=2025-06-14&end_date=2025-06-14",
      );
      const createdUtc = inUtc.body.data.ticket.find(
        (t: TicketJson) => t.customerNumber === STRANGER,
      );
      expect(createdUtc.dateCreate).toBe("2025-06-14 18:30:00");
    } finally {
      sandbox.setNow(new Date("2025-06-15T05:00:00Z"));
      await utc.close();
    }
  });
});

describe("POST /api/v2/ticket/open and /close", () => {
  const open = (body: Record<string, unknown>) => sandbox.hd("POST", "/api/v2/ticket/open", body);
  const close = (body: Record<string, unknown>) => sandbox.hd("POST", "/api/v2/ticket/close", body);
  const newTicket = {
    userNumber: "081299998888",
    userName: "Jhon",
    issue: "Example issue",
    tag: "Example tag",
  };

  it("opens a ticket that then appears as open with a new code", async () => {
    const res = await open({ ...newTicket, operatorEmail: "johndoe@example.com", group: "1" });
    expect(res.body).toEqual({
      responseCode: "000",
      version: expect.any(String),
      message: "success",
      data: "",
    });
    const state = await sandbox.state();
    const created = state.tickets.find((t) => t.customerNumber === STRANGER);
    expect(created).toMatchObject({ status: "open", dateClose: null, problem: "Example issue" });
    expect(Number(created?.ticketCode)).toBeGreaterThan(
      Math.max(...tickets.map((t) => Number(t.ticketCode))),
    );
  });

  it("lists the missing required fields", async () => {
    const res = await open({ userNumber: "628123456789", userName: "Jhon", tag: "Example tag" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      responseCode: "400",
      message: "invalid_param",
      data: ["issue"],
    });
    expect((await open({})).body.data).toEqual(["userNumber", "userName", "issue", "tag"]);
  });

  it("rejects an unknown group", async () => {
    const res = await open({ ...newTicket, group: "9" });
    expect(res.body).toMatchObject({
      responseCode: "400",
      message: "invalid_param_group",
      data: ["group"],
    });
  });

  it("refuses a second active ticket for the same customer", async () => {
    const active = tickets.find((t) => t.status !== "close");
    const res = await open({ ...newTicket, userNumber: `+${active?.customerNumber}` });
    expect(res.body).toMatchObject({
      responseCode: "400",
      message: "ticket_exists",
      data: { code: active?.ticketCode, status: active?.status, user: active?.customerNumber },
    });
  });

  it("closes a ticket and reports each close error", async () => {
    const active = tickets.find((t) => t.status === "processing");
    const body = { userNumber: active?.customerNumber ?? "", ticketCode: active?.ticketCode ?? "" };
    expect((await close({ ...body, userNumber: "6281100001111" })).body).toMatchObject({
      responseCode: "400",
      message: "invalid_param",
      data: ["userNumber"],
    });
    expect((await close(body)).body).toMatchObject({ responseCode: "000", data: "" });
    const after = await sandbox.hd("GET", `/api/v2/report/ticket/?ticketCode=${body.ticketCode}`);
    expect(after.body.data.ticket[0]).toMatchObject({
      status: "close",
      dateClose: "2025-06-15 12:00:00",
    });
    expect((await close(body)).body).toMatchObject({
      responseCode: "400",
      message: "ticket_already_closed",
    });
    expect((await close({ ...body, ticketCode: "999999" })).body).toMatchObject({
      responseCode: "404",
      message: "ticket_not_found",
    });
    expect((await close({ ticketCode: "1" })).body.data).toEqual(["userNumber"]);
  });

  it("lets the customer open a new ticket once the old one is closed", async () => {
    const active = tickets.find((t) => t.status === "open");
    const number = active?.customerNumber ?? "";
    await close({ userNumber: number, ticketCode: active?.ticketCode ?? "" });
    expect((await open({ ...newTicket, userNumber: number })).body.responseCode).toBe("000");
  });

  it("answers 406 for a non-JSON body and 401 before looking at it", async () => {
    const notJson = await sandbox.post("/api/v2/ticket/open", "userNumber=1", {
      "content-type": "application/x-www-form-urlencoded",
      "api-key": API_KEY,
    });
    expect(notJson.status).toBe(406);
    const noKey = await sandbox.post("/api/v2/ticket/open", "userNumber=1");
    expect(noKey.status).toBe(401);
  });
});
