// Writes fixture sends into PostgreSQL in bulk: one INSERT … SELECT FROM unnest(arrays) per table
// and batch, so a million-row seed makes a few hundred round trips, not millions.
import type pg from "pg";
import {
  RECIPIENT_COLUMNS,
  SEND_COLUMNS,
  fixtureRows,
  type FixtureValue,
  type SendFixture,
} from "./send-writer";

/** UTC wall time as timestamp(3) text (Kabar's columns are timestamp without time zone, UTC). */
const pgValue = (v: FixtureValue) =>
  v instanceof Date ? v.toISOString().replace("T", " ").replace("Z", "") : v;

function bulkInsert(table: string, columns: readonly (readonly [string, string])[]): string {
  const names = columns.map(([name]) => `"${name}"`).join(",");
  const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(",");
  return `INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${arrays})`;
}

const sendInsert = bulkInsert("Send", SEND_COLUMNS);
const recipientInsert = bulkInsert("SendRecipient", RECIPIENT_COLUMNS);

/** Column-wise arrays of rows (unnest takes one array per column). */
function columnsOf(rows: FixtureValue[][], width: number): FixtureValue[][] {
  const out = Array.from({ length: width }, () => [] as FixtureValue[]);
  for (const row of rows) row.forEach((v, i) => out[i]!.push(pgValue(v)));
  return out;
}

export class PostgresSendWriter {
  // One connection (a Client or a pool's PoolClient): BEGIN and COMMIT must go over the same one.
  constructor(private readonly client: pg.ClientBase) {}

  /** Inserts the sends and their recipients in one transaction; returns their ids in order. */
  async insertAll(sends: readonly SendFixture[]): Promise<string[]> {
    const rows = sends.map(fixtureRows);
    const recipients = rows.flatMap((r) => r.recipients);
    await this.client.query("BEGIN");
    try {
      await this.client.query(
        sendInsert,
        columnsOf(
          rows.map((r) => r.send),
          SEND_COLUMNS.length,
        ),
      );
      if (recipients.length > 0) {
        await this.client.query(recipientInsert, columnsOf(recipients, RECIPIENT_COLUMNS.length));
      }
      await this.client.query("COMMIT");
    } catch (error) {
      await this.client.query("ROLLBACK");
      throw error;
    }
    return rows.map((r) => r.id);
  }
}
