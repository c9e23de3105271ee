import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { decryptSecret, encryptSecret } from "@/lib/security/secret-box";
import { testDatabaseUrl } from "@/tests/support/temp-db";
import { rotateSecretKey } from "./rotate-secret-key";

const oldKey = randomBytes(32);
const newKey = randomBytes(32);
const database = { url: testDatabaseUrl() };
let db: Db;

const sender = (n: number, tokenCipher: string) =>
  db.senderNumber.create({
    data: { label: `S${n}`, number: `+62812300000${n}`, tokenCipher, tokenLast4: "xxxx" },
  });

beforeAll(async () => {
  db = createPrismaClient(database.url);
  await sender(1, encryptSecret(oldKey, "token-one"));
  await sender(2, encryptSecret(oldKey, "token-two"));
  // Already under the new key (an earlier run was interrupted, or the key was set by hand).
  await sender(3, encryptSecret(newKey, "token-three"));
  // A removed sender keeps no token.
  await db.senderNumber.create({
    data: {
      label: "Gone",
      number: "+6281230000009",
      tokenCipher: "",
      tokenLast4: "gone",
      deletedAt: new Date(),
    },
  });
  await db.setting.create({
    data: { key: "helpdesk.apiKey", valueCipher: encryptSecret(oldKey, "api-key"), last4: "-key" },
  });
  await db.setting.create({ data: { key: "plain", value: "not a secret" } });
});

afterAll(() => db.$disconnect());

async function tokens(key: Buffer) {
  const rows = await db.senderNumber.findMany({
    where: { deletedAt: null },
    orderBy: { label: "asc" },
  });
  return rows.map((r) => decryptSecret(key, r.tokenCipher));
}

describe("secret key rotation", () => {
  it("re-encrypts every secret under the new key and counts what it did", async () => {
    expect(await rotateSecretKey(db, oldKey, newKey)).toEqual({
      reencrypted: { senders: 2, settings: 1 },
      alreadyCurrent: 1,
    });
    expect(await tokens(newKey)).toEqual(["token-one", "token-two", "token-three"]);
    const setting = await db.setting.findUniqueOrThrow({ where: { key: "helpdesk.apiKey" } });
    expect(decryptSecret(newKey, setting.valueCipher!)).toBe("api-key");
    await expect(tokens(oldKey)).rejects.toThrow();
    expect((await db.setting.findUniqueOrThrow({ where: { key: "plain" } })).value).toBe(
      "not a secret",
    );
  });

  it("is idempotent: a second run changes nothing", async () => {
    const before = await db.senderNumber.findMany({ orderBy: { id: "asc" } });
    expect(await rotateSecretKey(db, oldKey, newKey)).toEqual({
      reencrypted: { senders: 0, settings: 0 },
      alreadyCurrent: 4,
    });
    expect(await db.senderNumber.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });

  it("changes nothing at all when one value opens with neither key", async () => {
    const stranger = randomBytes(32);
    await sender(4, encryptSecret(randomBytes(32), "token-four"));
    const before = await db.senderNumber.findMany({ orderBy: { id: "asc" } });
    await expect(rotateSecretKey(db, newKey, stranger)).rejects.toThrow(
      /SenderNumber .* opens with neither/,
    );
    expect(await db.senderNumber.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    await db.senderNumber.deleteMany({ where: { label: "S4" } });
  });

  it("runs from the command line with the two keys in the environment", () => {
    const newest = randomBytes(32);
    const output = execFileSync("node_modules/.bin/tsx", ["scripts/rotate-secret-key.ts"], {
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        KABAR_SECRET_KEY_PREVIOUS: newKey.toString("base64"),
        KABAR_SECRET_KEY: newest.toString("hex"),
      },
      encoding: "utf8",
    });
    expect(output).toContain(
      "Re-encrypted 3 sender token(s) and 1 setting(s); 0 value(s) were already under the new key.",
    );
  });
});
