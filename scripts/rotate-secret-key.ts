// Re-encrypts every stored secret (sender tokens, encrypted settings) from the previous
// KABAR_SECRET_KEY to the new one, in one transaction: either every secret moves or none does.
// Idempotent: a value the new key already opens is left alone, so an interrupted or repeated run
// is safe.
//
// Usage:
//   KABAR_SECRET_KEY_PREVIOUS=<old key> KABAR_SECRET_KEY=<new key> npm run secrets:rotate
//   (DATABASE_URL as for the app). Then remove KABAR_SECRET_KEY_PREVIOUS and restart Kabar.
import { pathToFileURL } from "node:url";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { decodeKey, envSchema } from "@/lib/env-schema";
import { decryptSecret, encryptSecret } from "@/lib/security/secret-box";

export interface RotationCounts {
  /** Values moved from the previous key to the new one. */
  reencrypted: { senders: number; settings: number };
  /** Values the new key already opened (left unchanged). */
  alreadyCurrent: number;
}

function opens(key: Buffer, sealed: string): boolean {
  try {
    decryptSecret(key, sealed);
    return true;
  } catch {
    return false;
  }
}

/** Moves one sealed value to `current`; null when it already is under `current`. */
function reseal(previous: Buffer, current: Buffer, sealed: string, what: string): string | null {
  if (opens(current, sealed)) return null;
  let plaintext: string;
  try {
    plaintext = decryptSecret(previous, sealed);
  } catch {
    // Names the row, never the value; the transaction is rolled back, nothing is half-rotated.
    throw new Error(`${what} opens with neither KABAR_SECRET_KEY_PREVIOUS nor KABAR_SECRET_KEY`);
  }
  return encryptSecret(current, plaintext);
}

export async function rotateSecretKey(
  db: Db,
  previous: Buffer,
  current: Buffer,
): Promise<RotationCounts> {
  return db.$transaction(
    async (tx) => {
      const counts: RotationCounts = {
        reencrypted: { senders: 0, settings: 0 },
        alreadyCurrent: 0,
      };
      const senders = await tx.senderNumber.findMany({ select: { id: true, tokenCipher: true } });
      for (const sender of senders) {
        if (!sender.tokenCipher) continue; // removed senders keep no token
        const next = reseal(previous, current, sender.tokenCipher, `SenderNumber ${sender.id}`);
        if (next === null) counts.alreadyCurrent++;
        else {
          await tx.senderNumber.update({ where: { id: sender.id }, data: { tokenCipher: next } });
          counts.reencrypted.senders++;
        }
      }
      const settings = await tx.setting.findMany({
        where: { valueCipher: { not: null } },
        select: { key: true, valueCipher: true },
      });
      for (const setting of settings) {
        if (!setting.valueCipher) continue;
        const next = reseal(previous, current, setting.valueCipher, `Setting ${setting.key}`);
        if (next === null) counts.alreadyCurrent++;
        else {
          await tx.setting.update({ where: { key: setting.key }, data: { valueCipher: next } });
          counts.reencrypted.settings++;
        }
      }
      return counts;
    },
    // Generous: every row is decrypted and encrypted inside the one transaction.
    { timeout: 120_000, maxWait: 10_000 },
  );
}

function keyFromEnv(name: "KABAR_SECRET_KEY" | "KABAR_SECRET_KEY_PREVIOUS"): Buffer {
  const value = process.env[name];
  if (!value)
    throw new Error(`${name} is required (the ${name.endsWith("PREVIOUS") ? "old" : "new"} key)`);
  const key = decodeKey(value);
  if (!key)
    throw new Error(`${name} must be 32 bytes as base64 (44 characters) or hex (64 characters)`);
  return key;
}

async function main() {
  const previous = keyFromEnv("KABAR_SECRET_KEY_PREVIOUS");
  const current = keyFromEnv("KABAR_SECRET_KEY");
  if (previous.equals(current)) {
    throw new Error(
      "KABAR_SECRET_KEY_PREVIOUS and KABAR_SECRET_KEY are the same key: nothing to rotate",
    );
  }
  const databaseUrl = envSchema.shape.DATABASE_URL.parse(process.env.DATABASE_URL);
  const db = createPrismaClient(databaseUrl);
  try {
    const counts = await rotateSecretKey(db, previous, current);
    console.log(
      `Re-encrypted ${counts.reencrypted.senders} sender token(s) and ${counts.reencrypted.settings} setting(s); ` +
        `${counts.alreadyCurrent} value(s) were already under the new key.`,
    );
    console.log(
      "Now remove KABAR_SECRET_KEY_PREVIOUS and restart Kabar with the new KABAR_SECRET_KEY.",
    );
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(
      `Key rotation failed, nothing was changed: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  });
}
