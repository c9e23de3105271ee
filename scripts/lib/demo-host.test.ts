import { describe, expect, it } from "vitest";
import { demoStartArgs } from "./demo-host.mjs";

describe("where the demo listens", () => {
  it("on 127.0.0.1 only, unless told otherwise", () => {
    expect(demoStartArgs({}, "3000")).toStrictEqual(["start", "-p", "3000", "-H", "127.0.0.1"]);
    expect(demoStartArgs({ KABAR_DEMO_HOST: " " }, 3000)).toContain("127.0.0.1");
    expect(demoStartArgs({ KABAR_DEMO_HOST: "0.0.0.0" }, "3000").slice(-2)).toStrictEqual([
      "-H",
      "0.0.0.0",
    ]);
  });
});
