// Where SQLite and PostgreSQL differ for Prisma queries (not raw SQL: see ./sql-dialect.ts).
// Plain module (no "server-only"): scripts and the benchmark run queries through it too.
import type { Db } from "./create-client";
import type { Dialect } from "./database-url";

/** Any client that runs queries: the one from createPrismaClient or a transaction's `tx`. */
type Queryable = Pick<Db, "$queryRaw">;

/** The database a client (or a transaction client) talks to, from Prisma's own provider field. */
export function dialectOf(db: Queryable): Dialect {
  const provider = (db as { _activeProvider?: unknown })._activeProvider;
  if (provider === "sqlite" || provider === "postgresql") return provider;
  throw new Error(`dialectOf: unexpected Prisma provider ${String(provider)}`);
}

/**
 * A case-insensitive "contains" filter. SQLite's LIKE (Prisma's `contains`) ignores case for
 * ASCII letters by itself; PostgreSQL's is case-sensitive unless asked (`mode: "insensitive"`,
 * ILIKE, which also folds non-ASCII letters). The SQLite client's types have no `mode`.
 */
export function containsText(db: Queryable, text: string): { contains: string } {
  return dialectOf(db) === "postgresql"
    ? ({ contains: text, mode: "insensitive" } as { contains: string })
    : { contains: text };
}
