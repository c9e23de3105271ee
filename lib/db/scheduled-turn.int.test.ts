import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { claimScheduledTurn } from "./scheduled-turn";

describe("claimScheduledTurn", () => {
  it("gives one turn per period to one of many instances asking at once", async () => {
    const now = new Date();
    const asks = await Promise.all(
      Array.from({ length: 6 }, () => claimScheduledTurn(db, "test:sweep", 60_000, now)),
    );
    expect(asks.filter(Boolean)).toHaveLength(1);
    // Later in the same period: nobody.
    expect(
      await claimScheduledTurn(db, "test:sweep", 60_000, new Date(now.getTime() + 30_000)),
    ).toBe(false);
    // Next period (a timer a little early still counts): one again.
    const next = new Date(now.getTime() + 57_000);
    const again = await Promise.all([
      claimScheduledTurn(db, "test:sweep", 60_000, next),
      claimScheduledTurn(db, "test:sweep", 60_000, next),
    ]);
    expect(again.filter(Boolean)).toHaveLength(1);
  });

  it("keeps turns of different work apart", async () => {
    expect(await claimScheduledTurn(db, "test:a", 60_000)).toBe(true);
    expect(await claimScheduledTurn(db, "test:b", 60_000)).toBe(true);
  });
});
