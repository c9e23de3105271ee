// Keyset cursors (history, the audit trail, and any list paged newest first): the (time, id) of a row, written into the URL as
// "<epoch ms>.<id>". A cursor names a position, not a page number, so pages never shift when new
// rows arrive and the database never counts past rows (no OFFSET).
import { z } from "zod";

export interface Cursor {
  at: Date;
  id: string;
}

export function encodeCursor(cursor: { at: Date | string; id: string }): string {
  return `${new Date(cursor.at).getTime()}.${cursor.id}`;
}

export const cursorSchema = z
  .string()
  .regex(/^\d{1,15}\.[A-Za-z0-9_-]{1,64}$/, "This page link is not valid; start from the newest")
  .transform((value): Cursor => {
    const dot = value.indexOf(".");
    return { at: new Date(Number(value.slice(0, dot))), id: value.slice(dot + 1) };
  });
