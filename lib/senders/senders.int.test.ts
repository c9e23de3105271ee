import { testDatabaseFile } from "@/tests/support/temp-db";
import { dialectOf } from "@/lib/db/dialect";
import { readFileSync, existsSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";

// The environment sender: set before lib/env is first imported (below, dynamically).
process.env.DAMCORP_TOKEN = "env-token-from-environment-9z8y";
process.env.DAMCORP_SENDER_NUMBER = "+6281100000099";

const { db } = await import("@/lib/db/client");
const { addSenderSchema, updateSenderSchema } = await import("./schema");
const { addSenderNumber } = await import("./add-sender-number");
const { updateSenderNumber } = await import("./update-sender-number");
const { removeSenderNumber } = await import("./remove-sender-number");
const { listSenders } = await import("./list-senders");
const { getSenderCredentialsOrThrow } = await import("./get-sender-credentials");
const { ExpectedError } = await import("@/lib/errors/expected-error");

const admin = {
  user: {
    id: "admin-1",
    email: "admin@test.kabar",
    name: "Admin",
    role: "admin" as const,
    sessionId: "s",
    timeZone: "Asia/Jakarta",
  },
  ip: "203.0.113.7",
};

function add(fields: Record<string, unknown>) {
  return addSenderNumber(addSenderSchema.parse(fields), admin);
}

/** Everything the database holds, as text: SQLite's files on disk, or every PostgreSQL row. */
async function databaseContents(): Promise<string> {
  if (dialectOf(db) === "sqlite") {
    await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    return ["", "-wal", "-journal"]
      .map((s) => `${testDatabaseFile()}${s}`)
      .filter((f) => existsSync(f))
      .map((f) => readFileSync(f).toString("latin1"))
      .join("");
  }
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT tablename::text AS name FROM pg_tables WHERE schemaname = current_schema()`;
  const dumps = await Promise.all(
    tables.map(({ name }) =>
      db.$queryRawUnsafe<{ row: string }[]>(`SELECT row_to_json(t)::text AS row FROM "${name}" t`),
    ),
  );
  return dumps
    .flat()
    .map((r) => r.row)
    .join("\n");
}

describe("sender number schema", () => {
  const parse = (number: string) => addSenderSchema.safeParse({ label: "X", number, token: "t" });

  it("normalises Indonesian and international numbers to E.164", () => {
    expect(parse("0812-3456-7890").data?.number).toBe("+6281234567890");
    expect(parse("+62 812 3456 7890").data?.number).toBe("+6281234567890");
    expect(parse("81234567890").data?.number).toBe("+6281234567890");
    expect(parse("+1 415 555 2671").data?.number).toBe("+14155552671");
  });

  it("refuses what is not a phone number, with a specific message", () => {
    expect(parse("call me").error?.issues[0]?.message).toMatch(/only digits/);
    expect(parse("12").error?.issues[0]?.message).toMatch(/not a valid phone number/);
    expect(parse("").error?.issues[0]?.message).toMatch(/Enter the sender number/);
  });

  it("needs a token to add, not to edit", () => {
    expect(
      addSenderSchema.safeParse({ label: "X", number: "08123456789", token: " " }).success,
    ).toBe(false);
    const edit = updateSenderSchema.parse({
      id: "a",
      label: "X",
      number: "08123456789",
      token: "",
    });
    expect(edit.token).toBeUndefined();
  });
});

describe("sender numbers", () => {
  const token = "damcorp-token-SECRET-value-4321";
  let id: string;

  beforeAll(async () => {
    ({ id } = await add({ label: "Sales", number: "0812 2000 0001", token, isDefault: "on" }));
  });

  it("stores the token encrypted: neither the column nor anything the database holds contains it", async () => {
    const row = await db.senderNumber.findUniqueOrThrow({ where: { id } });
    expect(row.tokenCipher).toMatch(/^v1:/);
    expect(row.tokenCipher).not.toContain(token);
    expect(row.tokenLast4).toBe("4321");
    expect(row.number).toBe("+6281220000001");
    const contents = await databaseContents();
    expect(contents).toContain(row.tokenCipher);
    expect(contents).not.toContain(token);
  });

  it("lists senders masked: last four characters only, never the token", async () => {
    const senders = await listSenders();
    const sales = senders.find((s) => s.id === id);
    expect(sales).toEqual({
      id,
      label: "Sales",
      number: "+6281220000001",
      last4: "4321",
      isDefault: true,
      source: "database",
    });
    expect(JSON.stringify(senders)).not.toContain(token);
    expect(JSON.stringify(senders)).not.toContain("env-token-from-environment");
  });

  it("lists the environment sender read-only, default only when no stored sender is", async () => {
    const envSender = (await listSenders()).find((s) => s.source === "environment");
    expect(envSender).toEqual({
      id: "env",
      label: "Environment (DAMCORP_TOKEN)",
      number: "+6281100000099",
      last4: "9z8y",
      isDefault: false,
      source: "environment",
    });
    expect(await getSenderCredentialsOrThrow("env")).toEqual({
      id: "env",
      number: "+6281100000099",
      token: "env-token-from-environment-9z8y",
    });
  });

  it("gives the decrypted token only through getSenderCredentialsOrThrow", async () => {
    expect(await getSenderCredentialsOrThrow(id)).toEqual({
      id,
      number: "+6281220000001",
      token,
    });
    await expect(getSenderCredentialsOrThrow("nope")).rejects.toThrow(/not found/);
  });

  it("refuses a number that is already listed", async () => {
    const error = await add({ label: "Again", number: "+6281220000001", token: "x-1234" }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ExpectedError);
    expect((error as InstanceType<typeof ExpectedError>).fieldErrors?.number?.[0]).toMatch(
      /already in the list/,
    );
  });

  it("keeps the token when an edit leaves it empty, replaces it when one is given", async () => {
    const before = await db.senderNumber.findUniqueOrThrow({ where: { id } });
    const edit = (token: string) =>
      updateSenderNumber(
        updateSenderSchema.parse({
          id,
          label: "Sales team",
          number: "081220000001",
          token,
          isDefault: true,
        }),
        admin,
      );
    await edit("");
    const kept = await db.senderNumber.findUniqueOrThrow({ where: { id } });
    expect(kept.label).toBe("Sales team");
    expect(kept.tokenCipher).toBe(before.tokenCipher);
    await edit("a-brand-new-token-8765");
    expect((await getSenderCredentialsOrThrow(id)).token).toBe("a-brand-new-token-8765");
    expect((await listSenders()).find((s) => s.id === id)?.last4).toBe("8765");
  });

  it("keeps one default: a new default sender takes the flag", async () => {
    const other = await add({
      label: "Support",
      number: "0812 2000 0002",
      token: "tok-2222",
      isDefault: true,
    });
    const senders = await listSenders();
    expect(senders.filter((s) => s.isDefault).map((s) => s.id)).toEqual([other.id]);
    expect(senders[0]?.id).toBe(other.id);
  });

  it("removes softly: hidden from the list, token erased, history row kept", async () => {
    const gone = await add({
      label: "Old line",
      number: "0812 2000 0003",
      token: "old-token-3333",
    });
    await removeSenderNumber(gone.id, admin);
    expect((await listSenders()).some((s) => s.id === gone.id)).toBe(false);
    const row = await db.senderNumber.findUniqueOrThrow({ where: { id: gone.id } });
    expect(row.deletedAt).not.toBeNull();
    expect(row.tokenCipher).toBe("");
    await expect(getSenderCredentialsOrThrow(gone.id)).rejects.toThrow(/not found/);
    // Adding the number again brings the same row back, with the new token.
    const back = await add({
      label: "Old line again",
      number: "081220000003",
      token: "new-token-4444",
    });
    expect(back.id).toBe(gone.id);
    expect((await getSenderCredentialsOrThrow(gone.id)).token).toBe("new-token-4444");
  });

  it("audits every change without the secret values", async () => {
    const events = await db.auditEvent.findMany({ where: { action: { startsWith: "secret." } } });
    expect(new Set(events.map((e) => e.action))).toEqual(
      new Set(["secret.sender_added", "secret.sender_updated", "secret.sender_removed"]),
    );
    const text = JSON.stringify(events);
    for (const secret of [
      token,
      "a-brand-new-token-8765",
      "tok-2222",
      "old-token-3333",
      "new-token-4444",
    ]) {
      expect(text).not.toContain(secret);
    }
    const update = events.find(
      (e) => e.action === "secret.sender_updated" && e.detail?.includes("token"),
    );
    expect(JSON.parse(update?.detail ?? "{}")).toMatchObject({ changed: ["token"] });
    expect(events.every((e) => e.actorEmail === "admin@test.kabar" && e.ip === "203.0.113.7")).toBe(
      true,
    );
  });
});
