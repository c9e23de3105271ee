import { describe, expect, it } from "vitest";
import { matchRecipients } from "./match-recipients";

const rows = [
  { id: "r1", to: "6281234567890" },
  { id: "r2", to: "6285123456789" },
  { id: "r3", to: "6281299990000" },
];

describe("matching Damcorp's entries to recipients", () => {
  it("by number, whatever the order, keeping each status and message ID", () => {
    expect(
      matchRecipients(rows, [
        {
          to: "6281299990000",
          status: "failed",
          msgId: null,
          errorStatus: "470",
          errorMsg: "  Message failed to send because more than 24 hours have passed  ",
        },
        { to: "6281234567890", status: "sent", msgId: "m1", errorMsg: null },
        { to: "6285123456789", status: "invalid", msgId: null, errorMsg: "" },
      ]),
    ).toStrictEqual([
      { id: "r1", status: "sent", msgId: "m1", errorCode: null, damcorpMessage: null },
      { id: "r2", status: "invalid", msgId: null, errorCode: null, damcorpMessage: null },
      {
        id: "r3",
        status: "failed",
        msgId: null,
        errorCode: "470",
        damcorpMessage: "Message failed to send because more than 24 hours have passed",
      },
    ]);
  });

  it("a number Damcorp wrote differently is paired in order; one it did not mention is unknown", () => {
    expect(
      matchRecipients(rows, [
        { to: "081234567890", status: "sent", msgId: "m1" },
        { to: "62851-2345", status: "invalid", msgId: null },
      ]),
    ).toStrictEqual([
      { id: "r1", status: "sent", msgId: "m1", errorCode: null, damcorpMessage: null },
      { id: "r2", status: "invalid", msgId: null, errorCode: null, damcorpMessage: null },
      { id: "r3", status: "unknown", msgId: null, errorCode: null, damcorpMessage: null },
    ]);
  });
});
