import { describe, expect, it } from "vitest";
import { describeRecipientResult, describeSendErrorCode, errorCodeLabel } from "./describe-failure";

describe("describeSendErrorCode", () => {
  it.each([
    ["725", "Invalid template"],
    ["470", "24-hour window closed"],
    ["429", "Too many requests"],
    ["rate_limited", "Too many requests"],
    ["timeout", "No answer in time"],
    ["connection_refused", "Damcorp unreachable"],
    ["missing_credentials", "No credentials"],
    ["unknown", "Outcome unknown"],
    ["sender_unavailable", "Sender number unavailable"],
    ["media_unavailable", "Media unavailable"],
    ["idempotency_conflict", "Already sent with other content"],
  ])("words %s as %s", (code, title) => {
    expect(describeSendErrorCode(code).title).toBe(title);
  });

  it("still shows a code nobody knows", () => {
    expect(describeSendErrorCode("4711")).toMatchObject({ title: "Damcorp error 4711" });
    expect(errorCodeLabel("4711")).toBe("4711 · Damcorp error 4711");
  });
});

describe("describeRecipientResult", () => {
  it("explains every result but sent", () => {
    expect(describeRecipientResult("sent", null)).toBeNull();
    expect(describeRecipientResult("invalid", null)?.title).toBe("Invalid number");
    expect(describeRecipientResult("failed", "131026")?.title).toBe("Not delivered");
    expect(describeRecipientResult("error", "725")?.title).toBe("Invalid template");
    expect(describeRecipientResult("unknown", null)?.title).toBe("Outcome unknown");
    expect(describeRecipientResult("unknown", "timeout")?.title).toBe("No answer in time");
    expect(describeRecipientResult("pending", null)?.title).toBe("Waiting for Damcorp");
  });
});
