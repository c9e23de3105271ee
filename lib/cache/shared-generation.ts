// Keeps an in-process cache (lib/cache/shared-reads.ts) right when several Kabar instances share
// one database: a change made through one instance bumps a counter in the database
// (CacheGeneration), and every instance looks at it before answering from its cache, dropping
// what it holds when the counter moved. One primary-key read per cached read: the cache spares
// the upstream service, not the database. Plain module (no "server-only"): tests run it.
import type { Db } from "@/lib/db/create-client";

type Sql = Pick<Db, "$queryRaw">;

export class GenerationFollower {
  /** The counter this instance's cache was filled under; undefined before the first look. */
  private seen: number | undefined;

  constructor(
    private readonly db: Sql,
    private readonly key: string,
  ) {}

  /** Calls `drop` when another instance bumped the counter since this one last looked. */
  async follow(drop: () => void): Promise<void> {
    const rows = await this.db.$queryRaw<{ generation: number | bigint }[]>`
      SELECT "generation" FROM "CacheGeneration" WHERE "key" = ${this.key}`;
    const generation = Number(rows[0]?.generation ?? 0);
    if (this.seen !== undefined && generation !== this.seen) drop();
    this.seen = generation;
  }

  /**
   * After a change through this instance (which has dropped its own entries already): tells the
   * others. When another bump came in between, this instance's next look drops again.
   */
  async bump(now = new Date()): Promise<void> {
    const rows = await this.db.$queryRaw<{ generation: number | bigint }[]>`
      INSERT INTO "CacheGeneration" ("key", "generation", "updatedAt") VALUES (${this.key}, 1, ${now})
      ON CONFLICT ("key") DO UPDATE SET
        "generation" = "CacheGeneration"."generation" + 1, "updatedAt" = ${now}
      RETURNING "generation"`;
    const generation = Number(rows[0]?.generation ?? 0);
    if (this.seen !== undefined && generation === this.seen + 1) this.seen = generation;
  }
}
