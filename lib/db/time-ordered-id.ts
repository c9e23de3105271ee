// Ids that sort by creation time, in the shape of Prisma's cuid(): "c", 8 base-36 characters of
// time, a 4-character counter and 12 random ones (25 in all). Rows keyed by them page newest
// first by id alone. Plain Node (no "@/" imports): seeds and test fixtures use it too.
import { randomFillSync } from "node:crypto";

let counter = Math.floor(Math.random() * 1_679_616);
// Random words drawn in bulk: one randomFillSync call per 8,192 ids keeps a million-row seed fast.
let pool = new Uint32Array(0);
let poolIndex = 0;

function randomWord(): number {
  if (poolIndex >= pool.length) {
    pool = randomFillSync(new Uint32Array(8192));
    poolIndex = 0;
  }
  return pool[poolIndex++]!;
}

export function newId(at: number = Date.now()): string {
  counter = (counter + 1) % 1_679_616;
  const time = at.toString(36).padStart(8, "0").slice(-8);
  const count = counter.toString(36).padStart(4, "0");
  // Two 31-bit words give 12 base-36 characters (36^6 < 2^31).
  const high = (randomWord() % 2_176_782_336).toString(36).padStart(6, "0");
  const low = (randomWord() % 2_176_782_336).toString(36).padStart(6, "0");
  return `c${time}${count}${high}${low}`;
}
