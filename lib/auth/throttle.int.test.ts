import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { FAILURE_MEMORY_MS, throttleDelayMs } from "./throttle-policy";
import { recordSignInFailure, throttleWaitMs } from "./throttle";

describe("recordSignInFailure", () => {
  it("counts every one of many failures arriving at once (as from several instances)", async () => {
    const key = "email:many@test.kabar";
    const now = new Date();
    await Promise.all(Array.from({ length: 12 }, () => recordSignInFailure([key], now)));
    const row = await db.signInThrottle.findUniqueOrThrow({ where: { key } });
    expect(row.failures).toBe(12);
    expect(row.blockedUntil?.getTime()).toBe(now.getTime() + throttleDelayMs(12, "email"));
    expect(await throttleWaitMs([key], now)).toBe(throttleDelayMs(12, "email"));
  });

  it("starts counting again once the last failure is older than the memory", async () => {
    const key = "email:old@test.kabar";
    const long = new Date(Date.now() - FAILURE_MEMORY_MS - 60_000);
    for (let i = 0; i < 5; i++) await recordSignInFailure([key], long);
    await recordSignInFailure([key]);
    const row = await db.signInThrottle.findUniqueOrThrow({ where: { key } });
    expect(row.failures).toBe(1);
    expect(await throttleWaitMs([key])).toBe(0);
  });

  it("never shortens a delay already running", async () => {
    const key = "email:late@test.kabar";
    const now = new Date();
    for (let i = 0; i < 6; i++) await recordSignInFailure([key], now);
    const long = (await db.signInThrottle.findUniqueOrThrow({ where: { key } })).blockedUntil;
    // A failure recorded with an earlier clock (another instance a little behind) keeps the later end.
    await recordSignInFailure([key], new Date(now.getTime() - 30_000));
    const row = await db.signInThrottle.findUniqueOrThrow({ where: { key } });
    expect(row.failures).toBe(7);
    expect(row.blockedUntil?.getTime()).toBeGreaterThanOrEqual(long!.getTime());
  });
});
