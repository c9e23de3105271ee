import { describe, expect, it } from "vitest";
import { senderRateSchema } from "@/lib/senders/schema";
import { describeRate, parseSendRate, rateOf, rateParts, sameRate } from "./pace";

const errorsOf = (input: Record<string, unknown>) => {
  const parsed = senderRateSchema.safeParse({ senderId: "s1", ...input });
  return parsed.success ? null : parsed.error.issues.map((i) => [i.path.join("."), i.message]);
};

describe("a sender's send rate", () => {
  it("takes a whole number per second or per minute, from a form's strings", () => {
    expect(senderRateSchema.parse({ senderId: "s1", limit: "50", per: "second" })).toStrictEqual({
      senderId: "s1",
      limit: 50,
      per: "second",
    });
    expect(rateOf({ limit: 60, per: "minute" })).toStrictEqual({ limit: 60, periodMs: 60_000 });
  });

  it("says what is wrong next to the field", () => {
    expect(errorsOf({ limit: "", per: "second" })).toStrictEqual([["limit", "At least 1 message"]]);
    expect(errorsOf({ limit: "abc", per: "second" })).toStrictEqual([
      ["limit", "Enter a number of messages"],
    ]);
    expect(errorsOf({ limit: "2.5", per: "second" })).toStrictEqual([
      ["limit", "Enter a whole number of messages"],
    ]);
    expect(errorsOf({ limit: "0", per: "minute" })).toStrictEqual([
      ["limit", "At least 1 message"],
    ]);
    expect(errorsOf({ limit: "1001", per: "second" })).toStrictEqual([
      ["limit", "At most 1000 messages per second"],
    ]);
    expect(errorsOf({ limit: "60000", per: "minute" })).toBeNull();
    expect(errorsOf({ limit: "5", per: "hour" })).toStrictEqual([
      ["per", "Choose per second or per minute"],
    ]);
  });

  it("reads, compares and words rates", () => {
    expect(parseSendRate("50/second")).toStrictEqual({ limit: 50, periodMs: 1000 });
    expect(parseSendRate("60 / min")).toStrictEqual({ limit: 60, periodMs: 60_000 });
    expect(parseSendRate("60 an hour")).toBeNull();
    expect(sameRate({ limit: 1, periodMs: 1000 }, { limit: 60, periodMs: 60_000 })).toBe(true);
    expect(sameRate({ limit: 1, periodMs: 1000 }, { limit: 1, periodMs: 60_000 })).toBe(false);
    expect(rateParts({ limit: 60, periodMs: 60_000 })).toStrictEqual({ limit: 60, per: "minute" });
    expect(describeRate({ limit: 1, periodMs: 60_000 })).toBe("1 message per minute");
    expect(describeRate({ limit: 50, periodMs: 1000 })).toBe("50 messages per second");
  });
});
