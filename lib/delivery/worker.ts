// One delivery worker: the Kabar server runs one (instrumentation.ts), `npm run worker` runs one
// on its own, and any number may share a database. Each of its lanes claims the most urgent queued
// request, waits for the sender's next slot, marks it dispatched (attempt and time) BEFORE the
// HTTP request leaves, sends it once and records the answer. A heartbeat keeps its claims alive,
// marks requests whose worker died mid-flight as unknown (never re-sending them) and frees the
// queued claims of dead workers. Plain module (no "server-only"): scripts and tests run it.
import os from "node:os";
import {
  sendCheckedMessage,
  type CheckedMessageRequest,
  type DamcorpClient,
  type SendResult,
} from "@/lib/damcorp";
import type { Db } from "@/lib/db/create-client";
import { sqlDialect } from "@/lib/db/sql-dialect";
import { ExpectedError } from "@/lib/errors/expected-error";
import type { MediaForSend } from "@/lib/media/resolve-media-for-send";
import { realClock, type Clock } from "./clock";
import {
  ABANDONED_MESSAGE,
  DEFAULT_BACKOFF,
  decide,
  failedWhileSending,
  notSent,
  type Backoff,
  type Final,
} from "./decide";
import { deliveryEvents, type DeliveryEvents } from "./events";
import { sameRate, type SendRate } from "./pace";
import { readPayload, withResolvedMedia, type Payload } from "./payload";
import * as sql from "./sql";
import { storedJson } from "./stored-body";

export type DeliveryDeps = {
  db: Db;
  /** A client that sends as this sender and makes one attempt per call (the engine retries). */
  clientFor: (senderKey: string) => Promise<DamcorpClient>;
  resolveMedia: (assetId: string) => Promise<MediaForSend>;
  clock?: Clock;
  events?: DeliveryEvents;
  log?: (level: "info" | "warn" | "error", message: string, fields?: object) => void;
  /**
   * A chance to say better why nobody was reached (an expired media ID) before the outcome is
   * recorded; it may read from Damcorp, never send. A throw keeps the outcome as it was.
   */
  explainFailure?: (
    final: Final,
    context: { client: DamcorpClient; payload: Payload },
  ) => Promise<Final>;
};

export type DeliveryOptions = {
  /** Requests in flight at once (each lane sends one at a time). */
  concurrency: number;
  /** How long a claim lasts without a heartbeat; a dead worker's requests wait this long. */
  leaseMs: number;
  heartbeatMs: number;
  /** How often an idle worker looks for work it was not told about (other processes). */
  pollMs: number;
  /** A lane claims a sender's request only when its next slot is at most this far. */
  horizonMs: number;
  backoff: Backoff;
  /** How far a sender's schedule may fall behind the clock and catch up (lanes woke late). */
  catchUpMs: number;
  /**
   * The rate's window is this fraction longer than its period: a request reaches Damcorp a little
   * after Kabar marks it dispatched, and unevenly, so a window exactly at the rate would meet a 429
   * now and then. Costs as much of the sustained rate (4 %: at most 96 % of it); 2 % still met a
   * 429 every ~200 requests at R = 50/s (a 429 pauses the sender ≥ 1 s and is a second request).
   */
  windowMargin: number;
};

export const DEFAULT_DELIVERY_OPTIONS: DeliveryOptions = {
  concurrency: 8,
  leaseMs: 15_000,
  heartbeatMs: 3_000,
  pollMs: 250,
  horizonMs: 250,
  backoff: DEFAULT_BACKOFF,
  catchUpMs: 250,
  windowMargin: 0.04,
};

type Claimed = sql.ClaimedRow & { payload: string };

const RECORD_TRIES = 8;

/** A request waiting longer than this for its slot checks the sender's rate again each time. */
export const RATE_CHECK_MS = 1_000;

export class DeliveryWorker {
  readonly id: string;
  private readonly db: Db;
  private readonly clock: Clock;
  private readonly events: DeliveryEvents;
  private readonly options: DeliveryOptions;
  private readonly stop$ = new AbortController();
  private readonly held = new Set<string>();
  private readonly startedAt: number;
  private lanes: Promise<void>[] = [];
  private heartbeat: Promise<void> | null = null;
  /** Lanes waiting for work, each woken by one call. */
  private idle: (() => void)[] = [];

  constructor(
    private readonly deps: DeliveryDeps,
    options: Partial<DeliveryOptions> = {},
  ) {
    this.db = deps.db;
    this.clock = deps.clock ?? realClock;
    this.events = deps.events ?? deliveryEvents;
    this.options = { ...DEFAULT_DELIVERY_OPTIONS, ...options };
    this.startedAt = this.clock.now();
    this.id = `${os.hostname()}:${process.pid}:${crypto.randomUUID().slice(0, 8)}`;
  }

  get stopping(): boolean {
    return this.stop$.signal.aborted;
  }

  /** Recovers what dead workers left, then starts the lanes and the heartbeat. */
  async start(): Promise<void> {
    await sql.upsertWorker(
      this.db,
      { id: this.id, host: os.hostname(), pid: process.pid, startedAt: this.startedAt },
      this.clock.now(),
    );
    await this.recover(true);
    this.events.onQueued(this.wakeOne);
    this.heartbeat = this.beat();
    this.lanes = Array.from({ length: this.options.concurrency }, () => this.lane());
  }

  /**
   * Stops claiming; requests already in flight finish (their answers are recorded), claims that
   * had not left go back to the queue.
   */
  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stop$.abort();
    this.events.offQueued(this.wakeOne);
    for (const wake of this.idle.splice(0)) wake();
    await Promise.allSettled(this.lanes);
    await this.heartbeat;
    await sql.removeWorker(this.db, this.id).catch(() => {});
  }

  private readonly wakeOne = () => {
    this.idle.shift()?.();
  };

  private waitForWork(): Promise<void> {
    return new Promise((resolve) => {
      let done = false;
      const wake = () => {
        if (done) return;
        done = true;
        this.idle = this.idle.filter((w) => w !== wake);
        resolve();
      };
      this.idle.push(wake);
      // Only the first idle lane polls; the others wait for it to find work and wake them.
      if (this.idle[0] === wake)
        void this.clock.sleep(this.options.pollMs, this.stop$.signal).then(wake);
      if (this.stopping) wake();
    });
  }

  private log(level: "info" | "warn" | "error", message: string, fields?: object) {
    this.deps.log?.(level, message, { worker: this.id, ...fields });
  }

  private async lane(): Promise<void> {
    while (!this.stopping) {
      let row: sql.ClaimedRow | null = null;
      try {
        const now = this.clock.now();
        row = await sql.claimNext(
          this.db,
          this.id,
          now,
          now + this.options.leaseMs,
          this.options.horizonMs,
        );
      } catch (error) {
        this.log("error", "delivery: could not claim", { error });
      }
      if (!row) {
        await this.waitForWork();
        continue;
      }
      this.held.add(row.id);
      this.wakeOne(); // there may be more: let another lane look
      try {
        if (row.payload === null) throw new Error(`send ${row.id} has no payload`);
        await this.deliver({ ...row, payload: row.payload });
      } catch (error) {
        this.log("error", "delivery: a request failed to deliver", { sendId: row.id, error });
      } finally {
        this.held.delete(row.id);
      }
    }
  }

  private async deliver(row: Claimed): Promise<void> {
    const payload = readPayload(row.payload);
    const recipients = payload.to.map((to, i) => ({ id: `${row.id}-${i}`, to }));

    // Everything that can fail without anything being sent comes first.
    let prepared: { client: DamcorpClient; request: CheckedMessageRequest };
    try {
      prepared = await this.prepare(row, payload);
    } catch (failure) {
      if (failure instanceof NotPrepared) {
        await this.finish(row, notSent(recipients, failure.code, failure.message), "queued");
        return;
      }
      throw failure;
    }

    const slot = await sql.takeSlot(
      this.db,
      row.senderKey,
      this.clock.now(),
      this.options.catchUpMs,
    );
    let until = slot.at;
    let dispatched = false;
    for (;;) {
      const wait = until - this.clock.now();
      if (wait > 0) {
        await this.clock.sleep(Math.ceil(Math.min(wait, RATE_CHECK_MS)), this.stop$.signal);
        // A long wait looks up the sender's rate now and then: an admin may have changed it.
        if (!this.stopping && wait > RATE_CHECK_MS) {
          if (!(await this.rateChanged(row.senderKey, slot.rate))) continue;
          await sql.releaseClaim(this.db, row.id, this.id);
          return; // claimed again at once, paced by the new rate
        }
      }
      if (this.stopping) {
        await sql.releaseClaim(this.db, row.id, this.id);
        return;
      }
      const gate =
        (await this.dispatchAtOnce(row, slot.rate)) ?? (await this.dispatchWithinRate(row));
      if (gate.waitMs === 0) {
        dispatched = gate.dispatched;
        break;
      }
      until = this.clock.now() + gate.waitMs;
    }
    if (!dispatched) return; // cancelled, or claimed by another worker after our lease ran out

    let result: SendResult;
    try {
      result = await sendCheckedMessage(prepared.client, prepared.request);
    } catch (error) {
      // The client answers every outcome as a result: a throw is a bug, after which the
      // request may or may not have gone out.
      this.log("error", "delivery: the send threw", { sendId: row.id, error });
      await this.finish(row, failedWhileSending(recipients), "dispatched", prepared.request.body);
      return;
    }

    const decision = decide(result, {
      rows: recipients,
      attempt: row.attempts + 1,
      now: this.clock.now(),
      backoff: this.options.backoff,
    });
    if (decision.kind === "final") {
      const final = await this.explained(decision, prepared.client, payload);
      await this.finish(row, final, "dispatched", prepared.request.body);
      return;
    }
    await this.retry(() =>
      this.db.$transaction(async (tx) => {
        await sql.requeueAfter(tx, row.id, this.id, decision.until, decision.reason, decision);
        await sql.pauseSender(
          tx,
          row.senderKey,
          decision.until,
          decision.reason,
          decision.slowDown,
        );
      }),
    );
    this.events.finished(row.composeId);
    // The row waits: as soon as its time comes, some lane must look again.
    void this.clock.sleep(decision.until - this.clock.now(), this.stop$.signal).then(this.wakeOne);
  }

  private async rateChanged(senderKey: string, rate: SendRate | null): Promise<boolean> {
    const now = (await sql.readPaceRates(this.db, [senderKey])).get(senderKey) ?? null;
    if (!now || !rate) return now !== rate;
    return !sameRate(now, rate);
  }

  /**
   * The common case in one statement (SQLite): the rate is as the slot read it and its window has
   * room. Null when that cannot be said at once; the locked path then decides.
   */
  private async dispatchAtOnce(
    row: Claimed,
    rate: SendRate | null,
  ): Promise<{ waitMs: 0; dispatched: true } | null> {
    if (!rate || sqlDialect(this.db).name !== "sqlite") return null;
    const now = this.clock.now();
    const dispatched = await sql.markDispatchedIfWindowOpen(
      this.db,
      row,
      this.id,
      rate,
      rate.periodMs * this.options.windowMargin,
      now,
      now + this.options.leaseMs,
    );
    return dispatched ? { waitMs: 0, dispatched: true } : null;
  }

  /**
   * Marks the row dispatched unless that would put more than the sender's rate in its window;
   * then says how long to wait. One sender's dispatches are decided one at a time (lockPace).
   */
  private dispatchWithinRate(row: Claimed): Promise<{ waitMs: number; dispatched: boolean }> {
    return this.db.$transaction(async (tx) => {
      const rate = await sql.lockPace(tx, row.senderKey);
      const now = this.clock.now();
      if (rate) {
        const opensAt = await sql.windowOpensAt(
          tx,
          row.senderKey,
          rate,
          rate.periodMs * this.options.windowMargin,
        );
        if (opensAt > now) return { waitMs: opensAt - now, dispatched: false };
      }
      const dispatched = await sql.markDispatched(
        tx,
        row.id,
        this.id,
        now,
        now + this.options.leaseMs,
      );
      return { waitMs: 0, dispatched };
    });
  }

  private async prepare(
    row: Claimed,
    payload: Payload,
  ): Promise<{ client: DamcorpClient; request: CheckedMessageRequest }> {
    let client: DamcorpClient;
    try {
      client = await this.deps.clientFor(row.senderKey);
    } catch (error) {
      if (!(error instanceof ExpectedError)) this.log("error", "delivery: sender", { error });
      throw new NotPrepared(
        "sender_unavailable",
        error instanceof ExpectedError ? error.message : "The sender number could not be used.",
      );
    }
    try {
      return { client, request: await withResolvedMedia(payload, this.deps.resolveMedia) };
    } catch (error) {
      if (!(error instanceof ExpectedError)) this.log("error", "delivery: media", { error });
      throw new NotPrepared(
        "media_unavailable",
        error instanceof ExpectedError ? error.message : "The media file could not be read.",
      );
    }
  }

  private async explained(final: Final, client: DamcorpClient, payload: Payload): Promise<Final> {
    const explain = this.deps.explainFailure;
    if (!explain || final.send.outcome !== "failed") return final;
    try {
      return await explain(final, { client, payload });
    } catch (error) {
      this.log("warn", "delivery: explaining a failure", { error });
      return final;
    }
  }

  /**
   * Records a final outcome: on a request that left (its body as sent, token redacted), or on one
   * still queued that Kabar could not prepare (never sent).
   */
  private async finish(
    row: Claimed,
    final: Final,
    from: "queued" | "dispatched",
    sentBody: object = readPayload(row.payload).body,
  ): Promise<void> {
    const send = { ...final.send, requestBody: storedJson(sentBody) };
    await this.retry(() =>
      this.db.$transaction((tx) =>
        sql.recordFinal(tx, row.id, this.id, from, this.clock.now(), send, final.recipients),
      ),
    );
    this.events.finished(row.composeId);
  }

  /** Database writes after a request left must not be lost to a passing lock or hiccup. */
  private async retry(write: () => Promise<unknown>): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await write();
        return;
      } catch (error) {
        if (attempt >= RECORD_TRIES) throw error;
        this.log("warn", "delivery: retrying a write", { attempt, error });
        await realClock.sleep(50 * 2 ** attempt);
      }
    }
  }

  private async beat(): Promise<void> {
    let beats = 0;
    while (!this.stopping) {
      await this.clock.sleep(this.options.heartbeatMs, this.stop$.signal);
      if (this.stopping) break;
      beats += 1;
      try {
        const now = this.clock.now();
        await sql.upsertWorker(
          this.db,
          { id: this.id, host: os.hostname(), pid: process.pid, startedAt: this.startedAt },
          now,
        );
        if (this.held.size > 0) await sql.renewLeases(this.db, this.id, now + this.options.leaseMs);
        await this.recover(beats % 5 === 0);
      } catch (error) {
        this.log("warn", "delivery: heartbeat failed", { error });
      }
    }
  }

  /**
   * Requests whose worker died after they left become unknown; a dead worker's queued claims are
   * free again once its lease ends. A worker on this machine whose process is gone is dead now.
   */
  private async recover(checkProcesses: boolean): Promise<void> {
    const now = this.clock.now();
    if (checkProcesses) {
      for (const worker of await sql.listWorkers(this.db)) {
        if (worker.id === this.id || worker.host !== os.hostname() || isAlive(worker.pid)) continue;
        await sql.expireLeasesOf(this.db, worker.id, now);
        await sql.removeWorker(this.db, worker.id);
        this.log("info", "delivery: a stopped worker's requests are recovered", {
          dead: worker.id,
        });
      }
    }
    const abandoned = await this.db.$transaction((tx) =>
      sql.recoverAbandoned(tx, this.clock.now(), ABANDONED_MESSAGE),
    );
    for (const row of abandoned) this.events.finished(row.composeId);
    if (abandoned.length > 0) {
      this.log("warn", "delivery: requests left without an answer are unknown", {
        sends: abandoned.map((r) => r.id),
      });
    }
    this.wakeOne();
  }
}

class NotPrepared extends Error {
  constructor(
    readonly code: "media_unavailable" | "sender_unavailable",
    message: string,
  ) {
    super(message);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
