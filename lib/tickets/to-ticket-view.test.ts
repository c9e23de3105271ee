import { describe, expect, it } from "vitest";
import { toTicket } from "@/lib/damcorp/helpdesk/ticket";
import { authorOf, boardStatusOf, toTicketDetail } from "./to-ticket-view";

describe("tickets as the board shows them", () => {
  it("puts each status in its column (the helpdesk says close, the column says closed)", () => {
    expect(boardStatusOf("close")).toBe("closed");
    expect(boardStatusOf("processing")).toBe("processing");
    expect(boardStatusOf("open")).toBe("open");
  });

  it("tells the customer from the operator and the helpdesk's bot", () => {
    expect(authorOf("USER_ANSWER")).toBe("customer");
    expect(authorOf("OPERATOR_ANSWER")).toBe("operator");
    expect(authorOf("QUESTION_PROBLEM")).toBe("bot");
    expect(authorOf("ANSWER_TICKET")).toBe("bot");
    expect(authorOf(null)).toBe("bot");
  });

  it("reads zone-less times in the helpdesk zone and finds the customer's last message", () => {
    const ticket = toTicket(
      {
        dateCreate: "2019-02-15 18:00:09",
        dateClose: null,
        ticketCode: "34",
        problem: "What happen?",
        customerName: "Jhon",
        customerNumber: "6282101234567",
        operatorName: null,
        operatorNumber: null,
        totalResponse: "4",
        status: "open",
        messages: [
          { dateCreate: "2019-02-15 17:59:56", body: "Examples", type: "USER_ANSWER" },
          { dateCreate: "2019-02-15 18:00:10", body: "Ok Jhon", type: "ANSWER_TICKET" },
          {
            dateCreate: "2019-02-15 18:00:09",
            body: "I want to test an API.",
            type: "USER_ANSWER",
          },
          { dateCreate: "2019-02-15 17:59:57", body: "Hi, Jhon.", type: "QUESTION_PROBLEM" },
        ],
      },
      "Asia/Jakarta",
    );
    const detail = toTicketDetail(ticket);
    expect(detail).toMatchObject({
      code: "34",
      status: "open",
      responses: 4,
      createdAt: "2019-02-15T11:00:09.000Z",
      closedAt: null,
      lastCustomerMessageAt: "2019-02-15T11:00:09.000Z",
    });
    expect(detail.messages.map((m) => [m.author, m.body])).toEqual([
      ["customer", "Examples"],
      ["bot", "Hi, Jhon."],
      ["customer", "I want to test an API."],
      ["bot", "Ok Jhon"],
    ]);
  });
});
