import { describe, expect, it } from "vitest";
import { closeTicketSchema, openTicketSchema } from "./schema";

const valid = {
  userNumber: "0812 3456 7890",
  userName: " Jhon ",
  issue: "Example issue",
  tag: "billing",
};

describe("the open-ticket form", () => {
  it("normalises the number to E.164 and drops empty optional fields", () => {
    expect(openTicketSchema.parse({ ...valid, operatorEmail: "", group: " " })).toEqual({
      userNumber: "+6281234567890",
      userName: "Jhon",
      issue: "Example issue",
      tag: "billing",
      operatorEmail: undefined,
      group: undefined,
    });
  });

  it("says what is wrong, on the field", () => {
    const result = openTicketSchema.safeParse({
      userNumber: "call me",
      userName: "",
      issue: "i",
      tag: "t",
      operatorEmail: "not-an-email",
    });
    const byField = Object.fromEntries(
      (result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]),
    );
    expect(byField.userNumber).toMatch(/^Customer number: .*letters/);
    expect(byField.userName).toBe("Customer name is required");
    expect(byField.operatorEmail).toMatch(/email address/);
  });

  it("refuses control characters and broken halves of emoji, on the field", () => {
    const result = openTicketSchema.safeParse({
      ...valid,
      userName: "\u0000\ud800",
      issue: "Paket\u001b[2J",
    });
    const byField = Object.fromEntries(
      (result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]),
    );
    expect(byField).toEqual({
      userName:
        "Contains an invisible control character (U+0000) at position 1. Delete it and type the text again.",
      issue:
        "Contains an invisible control character (U+001B) at position 6. Delete it and type the text again.",
    });
  });

  it("takes a close request only with a plain code and number", () => {
    expect(
      closeTicketSchema.safeParse({ ticketCode: "1060", userNumber: "628527927011" }).success,
    ).toBe(true);
    expect(
      closeTicketSchema.safeParse({ ticketCode: "../x", userNumber: "628527927011" }).success,
    ).toBe(false);
    expect(closeTicketSchema.safeParse({ ticketCode: "1060", userNumber: "" }).success).toBe(false);
  });
});
