import { describe, expect, it } from "vitest";
import { SharedReads, type LoadOutcome } from "./shared-reads";

type Problem = { code: string };

function setup(options: Partial<ConstructorParameters<typeof SharedReads>[0]> = {}) {
  let now = 1_000_000;
  const reads = new SharedReads<string, Problem>({
    freshMs: 10_000,
    failureHoldMs: 10_000,
    defaultRetryAfterMs: 5_000,
    maxEntries: 100,
    now: () => now,
    ...options,
  });
  const calls: string[] = [];
  /** A load that answers when the test says so. */
  const pending: ((outcome: LoadOutcome<string, Problem>) => void)[] = [];
  const deferred = (key: string) => () => {
    calls.push(key);
    return new Promise<LoadOutcome<string, Problem>>((resolve) => pending.push(resolve));
  };
  const answering = (outcome: LoadOutcome<string, Problem>) => () => {
    calls.push("call");
    return Promise.resolve(outcome);
  };
  return {
    reads,
    calls,
    pending,
    deferred,
    answering,
    advance: (ms: number) => (now += ms),
    now: () => now,
  };
}

describe("shared reads", () => {
  it("serves every caller from one upstream call while it is fresh", async () => {
    const t = setup();
    const first = await t.reads.read("open", "key", t.answering({ ok: true, value: "v1" }));
    expect(first).toEqual({ ok: true, value: "v1", fetchedAt: t.now(), stale: null });
    t.advance(9_999);
    for (let i = 0; i < 50; i++) {
      expect(
        await t.reads.read("open", "key", t.answering({ ok: true, value: "v2" })),
      ).toMatchObject({
        value: "v1",
      });
    }
    expect(t.calls).toHaveLength(1);
    t.advance(1);
    expect(await t.reads.read("open", "key", t.answering({ ok: true, value: "v2" }))).toMatchObject(
      {
        value: "v2",
      },
    );
    expect(t.calls).toHaveLength(2);
  });

  it("lets callers arriving during a call wait for it instead of calling again", async () => {
    const t = setup({ freshMs: 0 });
    const waiting = Array.from({ length: 20 }, () =>
      t.reads.read("open", "key", t.deferred("open")),
    );
    expect(t.calls).toEqual(["open"]);
    t.pending[0]!({ ok: true, value: "tickets" });
    const answers = await Promise.all(waiting);
    expect(answers.every((a) => a.ok && a.value === "tickets")).toBe(true);
    expect(t.reads.stats).toMatchObject({ reads: 20, upstreamCalls: 1, coalesced: 19 });
  });

  it("keeps different keys apart", async () => {
    const t = setup();
    await t.reads.read("open", "key", t.answering({ ok: true, value: "o" }));
    const closed = await t.reads.read("closed", "key", t.answering({ ok: true, value: "c" }));
    expect(closed).toMatchObject({ value: "c" });
    expect(t.calls).toHaveLength(2);
  });

  it("after a 'wait' answer, calls nobody behind that gate until Retry-After has passed", async () => {
    const t = setup({ freshMs: 0 });
    await t.reads.read("open", "key", t.answering({ ok: true, value: "last good" }));
    t.advance(1_000);
    const limited = await t.reads.read(
      "open",
      "key",
      t.answering({ ok: false, problem: { code: "429" }, wait: true, retryAfterMs: 30_000 }),
    );
    expect(limited).toEqual({
      ok: true,
      value: "last good",
      fetchedAt: t.now() - 1_000,
      stale: { problem: { code: "429" }, retryAt: t.now() + 30_000, askedToWait: true },
    });
    // Another list behind the same credential, never loaded before: no call, the problem.
    t.advance(29_999);
    const other = await t.reads.read("closed", "key", t.answering({ ok: true, value: "c" }));
    expect(other).toEqual({
      ok: false,
      problem: { code: "429" },
      retryAt: t.now() + 1,
      askedToWait: true,
    });
    // Another credential is not held back.
    expect(
      await t.reads.read("closed", "other-key", t.answering({ ok: true, value: "c" })),
    ).toMatchObject({
      ok: true,
    });
    expect(t.calls).toHaveLength(3);
    t.advance(1);
    expect(
      await t.reads.read("open", "key", t.answering({ ok: true, value: "new" })),
    ).toMatchObject({
      value: "new",
      stale: null,
    });
  });

  it("waits a default time after a 'wait' answer that named none", async () => {
    const t = setup({ freshMs: 0, failureHoldMs: 0 });
    const limited = await t.reads.read(
      "open",
      "key",
      t.answering({ ok: false, problem: { code: "429" }, wait: true }),
    );
    expect(limited).toEqual({
      ok: false,
      problem: { code: "429" },
      retryAt: t.now() + 5_000,
      askedToWait: true,
    });
    t.advance(4_999);
    await t.reads.read("open", "key", t.answering({ ok: true, value: "v" }));
    expect(t.calls).toHaveLength(1);
  });

  it("holds a failure for a while, with the last good value and its age", async () => {
    const t = setup({ freshMs: 5_000, failureHoldMs: 10_000 });
    await t.reads.read("open", "key", t.answering({ ok: true, value: "v1" }));
    const fetchedAt = t.now();
    t.advance(6_000);
    const failed = await t.reads.read(
      "open",
      "key",
      t.answering({ ok: false, problem: { code: "500" } }),
    );
    expect(failed).toEqual({
      ok: true,
      value: "v1",
      fetchedAt,
      stale: { problem: { code: "500" }, retryAt: t.now() + 10_000, askedToWait: false },
    });
    t.advance(9_000);
    expect(await t.reads.read("open", "key", t.answering({ ok: true, value: "v2" }))).toMatchObject(
      {
        value: "v1",
        stale: { problem: { code: "500" } },
      },
    );
    expect(t.calls).toHaveLength(2);
    t.advance(1_000);
    expect(await t.reads.read("open", "key", t.answering({ ok: true, value: "v2" }))).toMatchObject(
      {
        value: "v2",
        stale: null,
      },
    );
  });

  it("says it could not load when there never was a good value", async () => {
    const t = setup();
    expect(
      await t.reads.read("open", "key", t.answering({ ok: false, problem: { code: "500" } })),
    ).toEqual({
      ok: false,
      problem: { code: "500" },
      retryAt: t.now() + 10_000,
      askedToWait: false,
    });
  });

  it("asks again after invalidate, and does not take an answer to an older call as fresh", async () => {
    const t = setup();
    await t.reads.read("open", "key", t.answering({ ok: true, value: "before" }));
    const inFlightBefore = (t.advance(20_000), t.reads.read("open", "key", t.deferred("old")));
    t.reads.invalidate((key) => key === "open");
    // A reader after the change does not join the call that started before it.
    const after = t.reads.read("open", "key", t.deferred("new"));
    expect(t.calls).toEqual(["call", "old", "new"]);
    t.pending[0]!({ ok: true, value: "old answer" });
    await inFlightBefore;
    t.pending[1]!({ ok: true, value: "after the change" });
    expect(await after).toMatchObject({ value: "after the change" });
  });

  it("forgets the least recently written keys beyond maxEntries", async () => {
    const t = setup({ maxEntries: 2 });
    for (const key of ["a", "b", "c"])
      await t.reads.read(key, "g", t.answering({ ok: true, value: key }));
    await t.reads.read("a", "g", t.answering({ ok: true, value: "a again" }));
    expect(t.calls).toHaveLength(4);
  });
});
