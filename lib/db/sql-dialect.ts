// The one place where raw SQL differs between SQLite and PostgreSQL. Queries ($queryRaw) are
// written once, in SQL both databases accept, and take from here the few fragments that cannot be:
//
//   portable, use freely            | per dialect, take from SqlDialect
//   --------------------------------+--------------------------------------------------------
//   "quoted" identifiers, $params   | a join that fixes the loop order (drivingJoin)
//   (SELECT …) t, WITH RECURSIVE    | a column kept from serving a term by index (unindexed)
//   row_number() OVER (…)           | a timestamp with no column to type it, e.g. in VALUES
//                                   |   or a SELECT list (timestamp)
//   INSERT … ON CONFLICT DO NOTHING | the larger / smaller of two values (greatest, least)
//   UPDATE … RETURNING              | skipping rows another claimer holds (skipLocked)
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
  /** The larger of two values: GREATEST on PostgreSQL, the two-argument MAX on SQLite. */
  readonly greatest: (a: Prisma.Sql, b: Prisma.Sql) => Prisma.Sql;
  /** The smaller of two values: LEAST on PostgreSQL, the two-argument MIN on SQLite. */
  readonly least: (a: Prisma.Sql, b: Prisma.Sql) => Prisma.Sql;
  /**
   * After a `SELECT … LIMIT n` that picks rows to claim (`alias` is its table's alias): lets
   * concurrent claimers skip the rows another is taking (PostgreSQL's row locks); SQLite has one
   * writer at a time, so nothing is needed there.
   */
  readonly skipLocked: (alias: string) => Prisma.Sql;
  /**
   * The UTC hour a timestamp column falls in, as the column's own type holds it (the overview's
   * rollup). SQLite stores ISO text ("2026-12-02T01:21:45.357+00:00"), so the hour is text too.
   */
  readonly hourOf: (column: Prisma.Sql) => Prisma.Sql;
  /**
   * A FROM item listing a JSON object column's entries as rows `alias.key`, `alias.value`
   * (text), after a comma: `FROM "T" t, ${jsonEntries(...)}`.
   */
  readonly jsonEntries: (column: Prisma.Sql, alias: string) => Prisma.Sql;
  /** A FROM item listing a JSON array column's elements as rows `alias.value` (text). */
  readonly jsonElements: (column: Prisma.Sql, alias: string) => Prisma.Sql;
  /**
   * A FROM item listing the objects of ONE JSON array parameter as rows with the named columns
   * (`alias."column"`): a whole batch of rows in one parameter instead of one per value, which
   * makes a multi-row INSERT … SELECT cheap to send. Values are JSON strings, numbers or null.
   */
  readonly jsonRecords: (
    json: string,
    alias: string,
    columns: Readonly<Record<string, "text" | "integer">>,
  ) => Prisma.Sql;
}

const columnNames = (columns: Readonly<Record<string, unknown>>) => {
  const names = Object.keys(columns);
  for (const name of names)
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`Not a column name: ${name}`);
  return names;
};

const sqlite: SqlDialect = {
  name: "sqlite",
  drivingJoin: Prisma.raw("CROSS JOIN"),
  timestamp: (value) => Prisma.sql`${value}`,
  unindexed: (column) => Prisma.sql`(${column} || '')`,
  cheapWalks: true,
  greatest: (a, b) => Prisma.sql`MAX(${a}, ${b})`,
  least: (a, b) => Prisma.sql`MIN(${a}, ${b})`,
  skipLocked: () => Prisma.empty,
  hourOf: (column) => Prisma.sql`(substr(${column}, 1, 13) || ':00:00.000+00:00')`,
  jsonEntries: (column, alias) => Prisma.sql`json_each(${column}) AS ${Prisma.raw(alias)}`,
  jsonElements: (column, alias) => Prisma.sql`json_each(${column}) AS ${Prisma.raw(alias)}`,
  jsonRecords: (json, alias, columns) => {
    const list = columnNames(columns).map(
      (name) => `json_extract(value, '$.${name}') AS "${name}"`,
    );
    return Prisma.sql`(SELECT ${Prisma.raw(list.join(", "))} FROM json_each(${json})) AS ${Prisma.raw(alias)}`;
  },
};

const postgresql: SqlDialect = {
  name: "postgresql",
  drivingJoin: Prisma.raw("JOIN"),
  // Kabar's columns are timestamp(3) without time zone holding UTC, as Prisma writes them.
  timestamp: (value) => Prisma.sql`CAST(${value} AS timestamp(3))`,
  unindexed: (column) => column,
  cheapWalks: false,
  greatest: (a, b) => Prisma.sql`GREATEST(${a}, ${b})`,
  least: (a, b) => Prisma.sql`LEAST(${a}, ${b})`,
  skipLocked: (alias) => Prisma.sql`FOR UPDATE OF ${Prisma.raw(`"${alias}"`)} SKIP LOCKED`,
  hourOf: (column) => Prisma.sql`date_trunc('hour', ${column})`,
  jsonEntries: (column, alias) =>
    Prisma.sql`jsonb_each_text(${column}::jsonb) AS ${Prisma.raw(alias)}("key", "value")`,
  jsonElements: (column, alias) =>
    Prisma.sql`jsonb_array_elements_text(${column}::jsonb) AS ${Prisma.raw(alias)}("value")`,
  jsonRecords: (json, alias, columns) => {
    const list = columnNames(columns).map((name) => `"${name}" ${columns[name]}`);
    return Prisma.sql`json_to_recordset(CAST(${json} AS json)) AS ${Prisma.raw(alias)}(${Prisma.raw(list.join(", "))})`;
  },
};

export function sqlDialect(db: Parameters<typeof dialectOf>[0]): SqlDialect {
  return dialectOf(db) === "postgresql" ? postgresql : sqlite;
}
