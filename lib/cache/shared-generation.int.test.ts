import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { GenerationFollower } from "./shared-generation";
import { SharedReads, type LoadOutcome } from "./shared-reads";

/** One Kabar instance's cache of an upstream list, following the shared counter. */
function instance(key: string, upstream: { value: string; calls: number }) {
  const reads = new SharedReads<string, string>({
    freshMs: 60_000,
    failureHoldMs: 1000,
    defaultRetryAfterMs: 1000,
    maxEntries: 10,
  });
  const follower = new GenerationFollower(db, key);
  const load = async (): Promise<LoadOutcome<string, string>> => {
    upstream.calls += 1;
    return { ok: true, value: upstream.value };
  };
  return {
    async read() {
      await follower.follow(() => reads.invalidate());
      const answer = await reads.read("list", "gate", load);
      return answer.ok ? answer.value : null;
    },
    async changed() {
      reads.invalidate();
      await follower.bump();
    },
  };
}

describe("GenerationFollower", () => {
  it("makes a change through one instance visible on another at its next read", async () => {
    const upstream = { value: "open", calls: 0 };
    const a = instance("test:lists", upstream);
    const b = instance("test:lists", upstream);
    expect(await a.read()).toBe("open");
    expect(await b.read()).toBe("open");
    expect(upstream.calls).toBe(2);
    // Cached on both: no further upstream calls.
    expect(await a.read()).toBe("open");
    expect(await b.read()).toBe("open");
    expect(upstream.calls).toBe(2);

    upstream.value = "closed";
    await a.changed();
    expect(await b.read()).toBe("closed");
    expect(await a.read()).toBe("closed");
    expect(upstream.calls).toBe(4);
    // The instance that bumped does not drop its cache again for its own change.
    expect(await a.read()).toBe("closed");
    expect(await b.read()).toBe("closed");
    expect(upstream.calls).toBe(4);
  });

  it("counts bumps arriving at once from several instances", async () => {
    const followers = Array.from({ length: 6 }, () => new GenerationFollower(db, "test:race"));
    await Promise.all(followers.map((f) => f.bump()));
    const row = await db.cacheGeneration.findUniqueOrThrow({ where: { key: "test:race" } });
    expect(row.generation).toBe(6);
  });
});
