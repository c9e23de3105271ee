// Send ids in the order they are made (UUID version 7: the time in milliseconds, then a counter
// within the millisecond, then random bits). The queue is read by priority, createdAt and id, and
// the requests of one batch share their createdAt: with random ids a batch left in any order, so a
// campaign's row 3 could go before its row 1. Ordered ids keep the batch's order within a process.
import { randomBytes } from "node:crypto";

let lastMs = 0;
let counter = 0;
const COUNTER_MAX = 0xfff;

export function orderedId(nowMs: number = Date.now()): string {
  if (nowMs > lastMs) {
    lastMs = nowMs;
    counter = 0;
  } else if (counter < COUNTER_MAX) {
    counter += 1;
  } else {
    // 4,096 ids in one millisecond: borrow the next one, so the order still holds.
    lastMs += 1;
    counter = 0;
  }
  const time = lastMs.toString(16).padStart(12, "0");
  const random = randomBytes(8);
  random[0] = (random[0]! & 0x3f) | 0x80; // RFC 9562 variant
  const tail = random.toString("hex");
  const version = `7${counter.toString(16).padStart(3, "0")}`;
  return `${time.slice(0, 8)}-${time.slice(8)}-${version}-${tail.slice(0, 4)}-${tail.slice(4)}`;
}
