import { describe, expect, it } from "vitest";
import {
  describeDamcorpError,
  describeRecipientResult,
  describeSendErrorCode,
  errorCodeLabel,
  withRefusedFields,
} from "./describe-failure";

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
    expect(describeRecipientResult("failed", "470")?.title).toBe("24-hour window closed");
    expect(describeRecipientResult("error", "725")?.title).toBe("Invalid template");
    expect(describeRecipientResult("unknown", null)?.title).toBe("Outcome unknown");
    expect(describeRecipientResult("unknown", "timeout")?.title).toBe("No answer in time");
    expect(describeRecipientResult("pending", null)?.title).toBe("Waiting for Damcorp");
  });
});

describe("a 721 that names the refused fields", () => {
  it("says which, with the composer's words where it has them", () => {
    const error = withRefusedFields(describeDamcorpError("721"), [
      "header.data.name",
      "header.data.address",
      "param.0.weird",
    ]);
    expect(error.meaning).toBe(
      "Damcorp did not accept one of the values sent. Damcorp refused: name (header.data.name), address (header.data.address), param.0.weird.",
    );
  });

  it("leaves other answers and a 721 without a list as they are", () => {
    const plain = describeDamcorpError("721");
    expect(withRefusedFields(plain, null)).toBe(plain);
    const other = describeDamcorpError("725");
    expect(withRefusedFields(other, ["header"])).toBe(other);
  });
});
