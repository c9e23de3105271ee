import { describe, expect, it } from "vitest";
import type { Cursor } from "./cursor";
import { readKeysetPage, type KeysetReads } from "./keyset-page";

// Ten rows, newest first: r9 (newest) … r0 (oldest), one minute apart.
const rows = Array.from({ length: 10 }, (_, i) => ({
  id: `r${9 - i}`,
  at: new Date((9 - i) * 60_000),
}));
const key = (r: { at: Date; id: string }) => `${r.at.getTime()}.${r.id}`;
const newerThan = (c: Cursor) => rows.filter((r) => r.at > c.at);
const olderThan = (c: Cursor | undefined) => (c ? rows.filter((r) => r.at < c.at) : rows);

const reads: KeysetReads<(typeof rows)[number]> = {
  newer: async (before, limit) => newerThan(before).slice(-limit),
  older: async (after, limit) => olderThan(after).slice(0, limit),
  positionOf: (row) => row,
};

const ids = (page: { rows: { id: string }[] }) => page.rows.map((r) => r.id);

describe("readKeysetPage", () => {
  it("pages down from the newest and back up, without gaps or repeats", async () => {
    const first = await readKeysetPage({}, 4, reads);
    expect(ids(first)).toEqual(["r9", "r8", "r7", "r6"]);
    expect(first.newerCursor).toBeNull();
    expect(first.olderCursor).toBe(key(rows[3]!));

    const second = await readKeysetPage({ after: rows[3]! }, 4, reads);
    expect(ids(second)).toEqual(["r5", "r4", "r3", "r2"]);
    const last = await readKeysetPage({ after: rows[7]! }, 4, reads);
    expect(ids(last)).toEqual(["r1", "r0"]);
    expect(last.olderCursor).toBeNull();
    expect(last.newerCursor).toBe(key(rows[8]!));

    const back = await readKeysetPage({ before: rows[6]! }, 2, reads);
    expect(ids(back)).toEqual(["r5", "r4"]);
    expect(back.newerCursor).toBe(key(rows[4]!));
  });

  it("shows the full newest page when fewer than a page are newer than `before`", async () => {
    const page = await readKeysetPage({ before: rows[2]! }, 4, reads);
    expect(ids(page)).toEqual(["r9", "r8", "r7", "r6"]);
    expect(page.newerCursor).toBeNull();
  });
});
