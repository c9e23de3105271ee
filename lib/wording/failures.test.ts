import { describe, expect, it } from "vitest";
import {
  describeDamcorpError,
  describeRecipientStatus,
  describeTransportError,
} from "./describe-failure";
import { DAMCORP_ERROR_CODES, TRANSPORT_ERRORS } from "./failures";

const SPEC_CODES = [
  "400",
  "401",
  "403",
  "404",
  "405",
  "406",
  "410",
  "418",
  "429",
  "470",
  "500",
  "503",
  "721",
  "722",
  "723",
  "732",
  "724",
  "725",
  "726",
  "727",
  "728",
  "729",
  "730",
  "731",
  "734",
  "999",
  "1009",
  "2000",
  "2001",
  "2012",
  "2014",
];

describe("error table", () => {
  it("covers every code of the spec's Errors table", () => {
    expect(Object.keys(DAMCORP_ERROR_CODES).sort()).toStrictEqual([...SPEC_CODES].sort());
  });

  it.each(SPEC_CODES)("%s has a title, meaning, action and retryable", (code) => {
    const info = describeDamcorpError(code);
    expect(info.code).toBe(code);
    expect(info.title.length).toBeGreaterThan(0);
    expect(info.meaning.length).toBeGreaterThan(10);
    expect(info.action.length).toBeGreaterThan(10);
    expect(["yes", "no", "after_wait"]).toContain(info.retryable);
  });

  it("advises sending again exactly where sending the same again can help", () => {
    const tables = [DAMCORP_ERROR_CODES, TRANSPORT_ERRORS] as const;
    for (const table of tables) {
      for (const [code, entry] of Object.entries(table)) {
        const saysResend = /^(Send|Try) again\b/.test(entry.action);
        if (saysResend) expect(entry.retryable, code).not.toBe("no");
        if (entry.retryable === "yes") expect(entry.action, code).toMatch(/again/i);
      }
    }
    expect(describeDamcorpError("418")).toMatchObject({ retryable: "yes" });
  });

  it("words 726 as the account's problem, not the message's", () => {
    const info = describeDamcorpError("726", "invalid_product");
    expect(info.title).toBe("No valid product on the account");
    expect(info.meaning).toContain("a problem with the Damcorp account");
    expect(info.action).toMatch(/^Ask a Kabar administrator to check the account's products/);
  });

  it("maps the key codes to what an operator should do", () => {
    expect(describeDamcorpError("470")).toMatchObject({
      title: "24-hour window closed",
      retryable: "no",
    });
    expect(describeDamcorpError("429").retryable).toBe("after_wait");
    expect(describeDamcorpError("503").retryable).toBe("after_wait");
    expect(describeDamcorpError("2000").action).toContain("as many parameters");
    expect(describeDamcorpError("729").meaning).toContain("international");
  });

  it("helpdesk messages win over the shared code 400", () => {
    expect(describeDamcorpError("400", "ticket_exists")).toMatchObject({
      code: "ticket_exists",
      title: "Ticket already open",
    });
    expect(describeDamcorpError("400", "invalid_param").code).toBe("invalid_param");
    expect(describeDamcorpError("400", "invalid_param_group").code).toBe("invalid_param_group");
    expect(describeDamcorpError("400", "something else").code).toBe("400");
  });

  it("unknown codes keep the code and Damcorp's message", () => {
    expect(describeDamcorpError("4242", "weird")).toStrictEqual({
      code: "4242",
      title: "Damcorp error 4242",
      meaning: 'Damcorp answered with code 4242 ("weird"), which Kabar does not know.',
      action: "Contact Damcorp support and give them this code.",
      retryable: "no",
    });
    expect(describeDamcorpError("toString").title).toBe("Damcorp error toString");
  });

  it("describes per-recipient statuses", () => {
    expect(describeRecipientStatus("invalid")).toMatchObject({ code: "invalid", retryable: "no" });
    expect(describeRecipientStatus("failed")).toMatchObject({
      code: "failed",
      retryable: "after_wait",
    });
  });

  it("describes transport outcomes; sends that may have arrived are not retryable", () => {
    for (const code of Object.keys(TRANSPORT_ERRORS) as (keyof typeof TRANSPORT_ERRORS)[]) {
      expect(describeTransportError(code).code).toBe(code);
    }
    expect(describeTransportError("timeout").retryable).toBe("no");
    expect(describeTransportError("timeout").meaning).toContain("may or may not");
    expect(describeTransportError("connection_refused").meaning).toContain("Nothing was sent");
  });
});
