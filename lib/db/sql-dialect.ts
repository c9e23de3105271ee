// The one place where raw SQL differs between SQLite and PostgreSQL. Queries ($queryRaw) are
// written once, in SQL both databases accept, and take from here the few fragments that cannot be:
//
//   portable, use freely            | per dialect, take from SqlDialect
//   --------------------------------+--------------------------------------------------------
//   "quoted" identifiers, $params   | a join that fixes the loop order (drivingJoin)
//   (SELECT …) t, WITH RECURSIVE    | a column kept from serving a term by index (unindexed)
//   row_number() OVER (…)           | a timestamp with no column to type it, e.g. in VALUES
//                                   |   or a SELECT list (timestamp)
//   INSERT … ON CONFLICT DO NOTHING |
//   count(*) (read it with Number)  |
//
// Never write SQLite-only forms (INSERT OR IGNORE, CROSS JOIN … ON, an unnamed subquery in FROM,
// LIKE for case-insensitive search, 1/0 for booleans: pass true/false as parameters). In
// PostgreSQL-only SQL, cast the catalogs' `name` columns to text (Prisma cannot read that type).
// Plain module (no "server-only"): the benchmark and scripts run these queries too.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Dialect } from "./database-url";
import { dialectOf } from "./dialect";

export interface SqlDialect {
  readonly name: Dialect;
  /**
   * Joins a small driving set (left) to a table (right) so that the left side drives the loop.
   * SQLite keeps CROSS JOIN's order as written; PostgreSQL has no CROSS JOIN … ON and orders
   * joins by its statistics.
   */
  readonly drivingJoin: Prisma.Sql;
  /** A timestamp parameter where no column gives it a type (PostgreSQL would read it as text). */
  readonly timestamp: (value: Date) => Prisma.Sql;
  /**
   * A text column to check on rows found through another index. SQLite picks indexes by rule and
   * would serve any plain column term from one (`x || ''` keeps it from it); PostgreSQL weighs
   * its statistics, and a wrapped column would only hide them, so it gets the column itself.
   */
  readonly unindexed: (column: Prisma.Sql) => Prisma.Sql;
  /**
   * Whether checking sends one by one through an index is cheap next to reading a few thousand
   * matching rows first: in-process SQLite walks about a microsecond a send; a PostgreSQL server
   * pays several times that, so it reads the rarer rows first (measured on 1M sends).
   */
  readonly cheapWalks: boolean;
}

const sqlite: SqlDialect = {
  name: "sqlite",
  drivingJoin: Prisma.raw("CROSS JOIN"),
  timestamp: (value) => Prisma.sql`${value}`,
  unindexed: (column) => Prisma.sql`(${column} || '')`,
  cheapWalks: true,
};

const postgresql: SqlDialect = {
  name: "postgresql",
  drivingJoin: Prisma.raw("JOIN"),
  // Kabar's columns are timestamp(3) without time zone holding UTC, as Prisma writes them.
  timestamp: (value) => Prisma.sql`CAST(${value} AS timestamp(3))`,
  unindexed: (column) => column,
  cheapWalks: false,
};

export function sqlDialect(db: Parameters<typeof dialectOf>[0]): SqlDialect {
  return dialectOf(db) === "postgresql" ? postgresql : sqlite;
}
