import { describe, expect, it } from "vitest";
import { startArgs } from "./kabar-host.mjs";

describe("where next start listens", () => {
  it("on 127.0.0.1 only, unless KABAR_HOST says otherwise", () => {
    expect(startArgs({}, "3000")).toStrictEqual(["start", "-p", "3000", "-H", "127.0.0.1"]);
    expect(startArgs({ KABAR_HOST: " " }, 3000)).toContain("127.0.0.1");
    expect(startArgs({ KABAR_HOST: "0.0.0.0" }, "3000").slice(-2)).toStrictEqual(["-H", "0.0.0.0"]);
  });

  it("still reads the demo's older KABAR_DEMO_HOST, after KABAR_HOST", () => {
    expect(startArgs({ KABAR_DEMO_HOST: "10.0.0.2" }, 3000).at(-1)).toBe("10.0.0.2");
    expect(startArgs({ KABAR_HOST: "10.0.0.3", KABAR_DEMO_HOST: "10.0.0.2" }, 3000).at(-1)).toBe(
      "10.0.0.3",
    );
  });
});
