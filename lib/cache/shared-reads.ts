// Reads of an upstream service shared by everyone who asks for the same thing: one upstream
// call serves every caller within `freshMs`, callers arriving while it is on its way wait for
// it instead of asking again, a "wait" answer (429 / 503 with Retry-After) closes the gate to
// that service until then, and the last good value is kept and handed out with its age when
// the service cannot be asked. Plain TypeScript with an injected clock: no Next.js, no I/O.

/**
 * What one upstream call gave. `wait`: the service asked not to be called for a while
 * (`retryAfterMs` when it said how long).
 */
export type LoadOutcome<T, P> =
  { ok: true; value: T } | { ok: false; problem: P; wait?: boolean; retryAfterMs?: number };

/**
 * Why the value handed out is not fresh, and when the service is asked again: after the wait
 * it asked for (`askedToWait`), or after a failure has been held for a while.
 */
export type Staleness<P> = { problem: P; retryAt: number | null; askedToWait: boolean };

export type SharedRead<T, P> =
  | { ok: true; value: T; fetchedAt: number; stale: Staleness<P> | null }
  | { ok: false; problem: P; retryAt: number | null; askedToWait: boolean };

export type SharedReadsOptions = {
  /** How long one answer serves everyone (0: every read goes upstream, still deduplicated). */
  freshMs: number;
  /** After a failed call, how long readers get the failure (and any last good value) without a new call. */
  failureHoldMs: number;
  /** The wait after a "wait" answer that named no time. */
  defaultRetryAfterMs: number;
  /** Keys kept; the least recently written go first. */
  maxEntries: number;
  now?: () => number;
};

type Entry<T, P> = {
  value?: T;
  fetchedAt?: number;
  failedAt?: number;
  problem?: P;
  /** Bumped by invalidate(): answers to calls started before it are not fresh. */
  generation: number;
  validGeneration?: number;
  inFlight?: { generation: number; promise: Promise<SharedRead<T, P>> };
};

type Gate<P> = { closedUntil: number; problem: P };

export type SharedReadStats = { reads: number; upstreamCalls: number; coalesced: number };

export class SharedReads<T, P> {
  private readonly entries = new Map<string, Entry<T, P>>();
  private readonly gates = new Map<string, Gate<P>>();
  private readonly now: () => number;
  readonly stats: SharedReadStats = { reads: 0, upstreamCalls: 0, coalesced: 0 };

  constructor(private readonly options: SharedReadsOptions) {
    this.now = options.now ?? Date.now;
  }

  /**
   * The value for `key`, loading it through `load` only when no fresh one is known, no call is
   * already on its way, and the service behind `gate` has not asked Kabar to wait.
   */
  read(
    key: string,
    gate: string,
    load: () => Promise<LoadOutcome<T, P>>,
  ): Promise<SharedRead<T, P>> {
    this.stats.reads += 1;
    const entry = this.entries.get(key) ?? { generation: 0 };
    const now = this.now();

    if (this.isFresh(entry, now)) return Promise.resolve(this.answer(entry, null));
    if (entry.inFlight && entry.inFlight.generation === entry.generation) {
      this.stats.coalesced += 1;
      return entry.inFlight.promise;
    }
    const closed = this.gates.get(gate);
    if (closed && closed.closedUntil > now) {
      return Promise.resolve(
        this.answer(entry, {
          problem: closed.problem,
          retryAt: closed.closedUntil,
          askedToWait: true,
        }),
      );
    }
    if (entry.failedAt !== undefined && entry.problem !== undefined) {
      const heldUntil = entry.failedAt + this.options.failureHoldMs;
      if (heldUntil > now && (entry.fetchedAt ?? -Infinity) < entry.failedAt) {
        return Promise.resolve(
          this.answer(entry, { problem: entry.problem, retryAt: heldUntil, askedToWait: false }),
        );
      }
    }
    return this.call(key, gate, entry, load);
  }

  /** After a change through Kabar: the next read asks upstream; the last value stays as a fallback. */
  invalidate(matches: (key: string) => boolean = () => true): void {
    for (const [key, entry] of this.entries) {
      if (!matches(key)) continue;
      entry.generation += 1;
      entry.failedAt = undefined;
    }
  }

  /** Forget everything (tests). */
  clear(): void {
    this.entries.clear();
    this.gates.clear();
    Object.assign(this.stats, { reads: 0, upstreamCalls: 0, coalesced: 0 });
  }

  private isFresh(entry: Entry<T, P>, now: number): boolean {
    return (
      entry.value !== undefined &&
      entry.fetchedAt !== undefined &&
      entry.validGeneration === entry.generation &&
      now - entry.fetchedAt < this.options.freshMs &&
      (entry.failedAt === undefined || entry.failedAt < entry.fetchedAt)
    );
  }

  private answer(entry: Entry<T, P>, stale: Staleness<P> | null): SharedRead<T, P> {
    if (entry.value !== undefined && entry.fetchedAt !== undefined) {
      return { ok: true, value: entry.value, fetchedAt: entry.fetchedAt, stale };
    }
    return {
      ok: false,
      problem: stale?.problem ?? (entry.problem as P),
      retryAt: stale?.retryAt ?? null,
      askedToWait: stale?.askedToWait ?? false,
    };
  }

  private call(
    key: string,
    gate: string,
    entry: Entry<T, P>,
    load: () => Promise<LoadOutcome<T, P>>,
  ): Promise<SharedRead<T, P>> {
    this.stats.upstreamCalls += 1;
    const generation = entry.generation;
    const settle = (outcome: LoadOutcome<T, P>): SharedRead<T, P> => {
      // Cleared as the answer lands, so a reader right after it does not join a finished call.
      if (entry.inFlight?.promise === promise) entry.inFlight = undefined;
      const at = this.now();
      if (outcome.ok) {
        entry.value = outcome.value;
        entry.fetchedAt = at;
        entry.validGeneration = generation;
        entry.failedAt = undefined;
        entry.problem = undefined;
        this.store(key, entry);
        return this.answer(entry, null);
      }
      entry.failedAt = at;
      entry.problem = outcome.problem;
      const askedToWait = Boolean(outcome.wait || outcome.retryAfterMs !== undefined);
      let retryAt = at + this.options.failureHoldMs;
      if (askedToWait) {
        retryAt = at + Math.max(outcome.retryAfterMs ?? this.options.defaultRetryAfterMs, 1);
        this.gates.set(gate, { closedUntil: retryAt, problem: outcome.problem });
      }
      this.store(key, entry);
      return this.answer(entry, { problem: outcome.problem, retryAt, askedToWait });
    };
    const promise: Promise<SharedRead<T, P>> = load().then(settle, (error: unknown) => {
      if (entry.inFlight?.promise === promise) entry.inFlight = undefined;
      throw error;
    });
    entry.inFlight = { generation, promise };
    this.store(key, entry);
    return promise;
  }

  private store(key: string, entry: Entry<T, P>): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }
}
