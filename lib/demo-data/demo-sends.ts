// A realistic month of send history for `npm run demo` (prisma/seed.ts), so History and the
// Overview show what they are for on a first visit. Drawn with the scale seed's generator
// (./realistic-sends.ts) and marked as demo data: every idempotency key starts with
// DEMO_SEND_KEY_PREFIX, so it can be found and removed. Written once: only into a database
// that has no sends at all, so a second demo start, or a database someone uses, gets none.
import type { Db } from "@/lib/db/create-client";
import { createRng, customerNumbers, realisticSend, sendTimes } from "./realistic-sends";
import { fixtureRows, RECIPIENT_COLUMNS, SEND_COLUMNS, type FixtureValue } from "./send-writer";

export const DEMO_SEND_KEY_PREFIX = "demo-seed:";
export const DEMO_SEND_DAYS = 30;
/** About 20 composes a working day: a small shop's month. */
export const DEMO_SEND_COUNT = 600;

type Row = Record<string, FixtureValue>;
const asRow = (columns: readonly (readonly [string, string])[], values: FixtureValue[]): Row =>
  Object.fromEntries(columns.map(([name], i) => [name, values[i] ?? null]));

export async function seedDemoSends(
  db: Db,
  pools: { userIds: string[]; senderId: string },
  options: { now?: Date; count?: number; seed?: number } = {},
): Promise<{ written: number }> {
  if ((await db.send.count()) > 0) return { written: 0 };
  const now = options.now ?? new Date();
  const count = options.count ?? DEMO_SEND_COUNT;
  const rng = createRng(options.seed ?? 20261202);
  const customers = customerNumbers(rng, 120);
  const times = sendTimes(rng, count, DEMO_SEND_DAYS, now);
  const sends: Row[] = [];
  const recipients: Row[] = [];
  times.forEach((time, index) => {
    const fixture = realisticSend(rng, new Date(time), {
      userIds: pools.userIds,
      senderIds: [pools.senderId],
      customers,
    });
    const key = `${DEMO_SEND_KEY_PREFIX}${index}`;
    const rows = fixtureRows({ ...fixture, idempotencyKey: key });
    // One compose per send, as the composer records a single request.
    sends.push({ ...asRow(SEND_COLUMNS, rows.send), composeId: key });
    for (const r of rows.recipients) recipients.push(asRow(RECIPIENT_COLUMNS, r));
  });
  // The generated types want exact column types; the rows carry them (send-writer's columns).
  await db.$transaction([
    db.send.createMany({ data: sends as never }),
    db.sendRecipient.createMany({ data: recipients as never }),
  ]);
  return { written: sends.length };
}
