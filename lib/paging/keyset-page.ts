// One page of a list shown newest first, read by keyset (no OFFSET): from the top, older than an
// `after` cursor, or newer than a `before` cursor. Safe for client and server (it only decides;
// the caller's reads hit the database).
import { encodeCursor, type Cursor } from "./cursor";

export interface KeysetPosition {
  /** Show the rows older than this one. */
  after?: Cursor;
  /** Show the rows newer than this one. */
  before?: Cursor;
}

export interface KeysetPage<R> {
  rows: R[];
  /** The link to the next older page; null on the last page. */
  olderCursor: string | null;
  /** The link to the next newer page; null on the newest page. */
  newerCursor: string | null;
}

export interface KeysetReads<R> {
  /** Up to `limit` rows just newer than `before`, newest first. */
  newer: (before: Cursor, limit: number) => Promise<R[]>;
  /** Up to `limit` rows older than `after` (from the newest without one), newest first. */
  older: (after: Cursor | undefined, limit: number) => Promise<R[]>;
  /** The (time, id) position of a row. */
  positionOf: (row: R) => Cursor;
}

/**
 * Reads one more row than a page to learn whether another page exists. Fewer than a page newer
 * than `before` means the newest page, which is read from the top again (so it is full).
 */
export async function readKeysetPage<R>(
  position: KeysetPosition,
  size: number,
  reads: KeysetReads<R>,
): Promise<KeysetPage<R>> {
  const cursorOf = (row: R) => encodeCursor(reads.positionOf(row));
  if (position.before) {
    const newer = await reads.newer(position.before, size + 1);
    if (newer.length > size) {
      // Newest first: the first row is the extra one that proves a newer page exists.
      const rows = newer.slice(1);
      return { rows, newerCursor: cursorOf(rows[0]!), olderCursor: cursorOf(rows.at(-1)!) };
    }
  }
  const after = position.before ? undefined : position.after;
  const older = await reads.older(after, size + 1);
  const rows = older.slice(0, size);
  return {
    rows,
    olderCursor: older.length > size ? cursorOf(rows.at(-1)!) : null,
    newerCursor: after && rows.length > 0 ? cursorOf(rows[0]!) : null,
  };
}
