// A small, realistic history for integration tests: users, sender numbers and a few hundred
// sends written into the test database, plus a reference filter (plain array code) that the
// SQL is checked against. Relies on the integration setup (tests/support/test-env.ts) having
// pointed DATABASE_URL at a fresh database; rows go straight in, SQLite or PostgreSQL.
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll } from "vitest";
import type { Db } from "@/lib/db/create-client";
import { dialectOf } from "@/lib/db/dialect";
import { PostgresSendWriter } from "@/lib/demo-data/postgres-send-writer";
import type { HistoryFilter } from "@/lib/history/filter-schema";
import {
  createRng,
  customerNumbers,
  realisticSend,
  type Rng,
} from "@/lib/demo-data/realistic-sends";
import { SendWriter, type SendFixture } from "@/lib/demo-data/send-writer";
import { testDatabaseFile, testDatabaseUrl } from "./temp-db";

export type StoredSend = SendFixture & { id: string };

export interface HistoryFixture {
  sends: StoredSend[];
  userIds: string[];
  senderIds: string[];
  rng: Rng;
  customers: string[];
  /** Adds sends (e.g. newer ones) and keeps them in `sends`. */
  add: (sends: SendFixture[]) => Promise<StoredSend[]>;
}

/** Writes fixture rows into the test database, whichever it is; closed after the file's tests. */
async function openWriter(db: Db): Promise<(sends: SendFixture[]) => Promise<string[]>> {
  if (dialectOf(db) === "sqlite") {
    const sqlite = new Database(testDatabaseFile());
    afterAll(() => void sqlite.close());
    const writer = new SendWriter(sqlite);
    return async (sends) => writer.insertAll(sends);
  }
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  afterAll(() => client.end());
  const writer = new PostgresSendWriter(client);
  return (sends) => writer.insertAll(sends);
}

/** Jakarta is UTC+7 all year: the reference computes day bounds without any library. */
const JAKARTA_OFFSET_MS = 7 * 60 * 60 * 1000;
const dayStart = (day: string) => Date.parse(`${day}T00:00:00Z`) - JAKARTA_OFFSET_MS;

/** The sends a filter must return, newest first, by plain array code (Asia/Jakarta days). */
export function referenceFilter(sends: StoredSend[], f: HistoryFilter): StoredSend[] {
  return sends
    .filter((s) => {
      const t = s.createdAt.getTime();
      if (f.from && t < dayStart(f.from)) return false;
      if (f.to && t >= dayStart(f.to) + 86_400_000) return false;
      if (f.outcome && s.outcome !== f.outcome) return false;
      if (f.errorCode && s.errorCode !== f.errorCode) return false;
      if (f.kind && s.kind !== f.kind) return false;
      if (f.template && s.templateName !== f.template) return false;
      if (f.sender === "env" && s.senderNumberId) return false;
      if (f.sender && f.sender !== "env" && s.senderNumberId !== f.sender) return false;
      if (f.user && s.userId !== f.user) return false;
      if (f.recipient || f.status) {
        const match = s.recipients.some(
          (r) =>
            (!f.recipient || r.to.startsWith(f.recipient)) && (!f.status || r.status === f.status),
        );
        if (!match) return false;
      }
      return true;
    })
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1));
}

export async function createHistoryFixture(
  db: Db,
  options: { count: number; end: Date; days: number; seed?: number; tag?: string },
): Promise<HistoryFixture> {
  const tag = options.tag ?? "fixture";
  const users = await Promise.all(
    ["Dewi", "Eko", "Fitri"].map((name) =>
      db.user.create({
        data: {
          email: `${name.toLowerCase()}.${tag}@history.test`,
          name: `${name} ${tag}`,
          role: "agent",
          passwordHash: "!",
        },
      }),
    ),
  );
  const senders = await Promise.all(
    [1, 2].map((i) =>
      db.senderNumber.create({
        data: {
          label: `Line ${i} ${tag}`,
          number: `+62811${Date.now() % 1_000_000}${i}`,
          tokenCipher: "test",
          tokenLast4: "test",
        },
      }),
    ),
  );
  const rng = createRng(options.seed ?? 11);
  const customers = customerNumbers(rng, 40);
  const pools = {
    userIds: users.map((u) => u.id),
    senderIds: [...senders.map((s) => s.id), null],
    customers,
  };
  const start = options.end.getTime() - options.days * 86_400_000;
  const times = Array.from({ length: options.count }, () =>
    Math.floor(start + rng() * (options.end.getTime() - start)),
  );
  // A burst of sends in the same millisecond: paging must order them by id without gaps.
  const burst = times[0] ?? start;
  for (let i = 1; i < Math.min(12, times.length); i++) times[i] = burst;

  const insert = await openWriter(db);
  const stored: StoredSend[] = [];
  const add = async (batch: SendFixture[]) => {
    const ids = await insert(batch);
    const added = batch.map((s, i) => ({ ...s, id: ids[i]! }));
    stored.push(...added);
    return added;
  };
  await add(times.map((t) => realisticSend(rng, new Date(t), pools)));
  return {
    sends: stored,
    userIds: pools.userIds,
    senderIds: senders.map((s) => s.id),
    rng,
    customers,
    add,
  };
}
