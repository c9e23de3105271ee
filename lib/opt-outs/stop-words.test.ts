import { describe, expect, it } from "vitest";
import { stopWordOf } from "./stop-words";

describe("the stop-word rule", () => {
  it.each([
    ["STOP", "STOP"],
    ["stop", "STOP"],
    ["Stop", "STOP"],
    ["  STOP  ", "STOP"],
    ["STOP\n", "STOP"],
    ["Stop!", "STOP"],
    ["stop.", "STOP"],
    ["STOP!!!", "STOP"],
    ["*STOP*", "STOP"],
    ["_stop_", "STOP"],
    ["“STOP”", "STOP"],
    ["(stop)", "STOP"],
    ["stop 🙏", "STOP"],
    ["🛑 STOP 🛑", "STOP"],
    ["\u200bSTOP", "STOP"],
    ["ＳＴＯＰ", "STOP"],
    ["BERHENTI", "BERHENTI"],
    ["berhenti", "BERHENTI"],
    ["Berhenti.", "BERHENTI"],
    ["UNSUBSCRIBE", "UNSUBSCRIBE"],
    ["unsubscribe", "UNSUBSCRIBE"],
    ["Unsubscribe!", "UNSUBSCRIBE"],
  ])("%j is the stop word %s", (body, word) => {
    expect(stopWordOf(body)).toBe(word);
  });

  it.each([
    "stop sending me promos",
    "please stop",
    "don't stop",
    "STOP STOP",
    "S T O P",
    "S.T.O.P",
    "stopp",
    "stopped",
    "nonstop",
    "STOP1",
    "berhenti dulu",
    "unsubscribe me",
    "halo",
    "",
    "   ",
    "🛑",
    "https://example.com/stop",
  ])("%j is not a stop message", (body) => {
    expect(stopWordOf(body)).toBeNull();
  });

  it("reads no message as no stop word", () => {
    expect(stopWordOf(null)).toBeNull();
    expect(stopWordOf(undefined)).toBeNull();
  });
});
