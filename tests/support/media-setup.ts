// Shared setup of the media integration tests (the integration setup file has made the database):
// a real Damcorp sandbox that Kabar's env points at, a user, and helpers to add or remove the
// default sender number. Test-only.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { startHarness } from "@/tests/support/sandbox-harness";

export const sandbox = await startHarness({ rateLimit: { max: 10_000, windowMs: 60_000 } });
process.env.DAMCORP_WHATSAPP_URL = sandbox.url;
process.env.DAMCORP_HELPDESK_URL = sandbox.url;
process.env.NEXTAUTH_URL = "https://kabar.example.test";
delete process.env.DAMCORP_TOKEN; // the default sender comes from the database in these tests

const { db } = await import("@/lib/db/client");
const { sealSecret } = await import("@/lib/security/secrets");

export { db };

export async function createUser(role: "admin" | "agent" | "viewer" = "agent") {
  const email = `${role}-${Math.random().toString(36).slice(2)}@media.test`;
  const user = await db.user.create({
    data: { email, name: `Media ${role}`, role, passwordHash: "x" },
  });
  return {
    id: user.id,
    email,
    name: user.name,
    role,
    sessionId: "media-test",
    timeZone: "Asia/Jakarta",
  } as const;
}

/** The default sender number, with the sandbox's token (or another one, to provoke a 401). */
export async function useDefaultSender(token = "sandbox-token") {
  await db.senderNumber.deleteMany();
  await db.senderNumber.create({
    data: {
      label: "Media test line",
      number: "+6281100000042",
      tokenCipher: sealSecret(token),
      tokenLast4: token.slice(-4),
      isDefault: true,
    },
  });
}

export async function removeSenders() {
  await db.senderNumber.deleteMany();
}

/** A web stream of `bytes` in `chunk`-sized pieces, counting how much was pulled. */
export function chunkedStream(bytes: Uint8Array, chunk = 64 * 1024) {
  let offset = 0;
  const counter = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      const piece = bytes.subarray(offset, offset + chunk);
      offset += piece.length;
      counter.pulled += piece.length;
      controller.enqueue(piece);
    },
    cancel() {
      counter.cancelled = true;
    },
  });
  return { stream, counter };
}

/** A stream that never ends on its own: `head` then zeros, produced only as it is read. */
export function endlessStream(head: Uint8Array, chunk = 64 * 1024) {
  const counter = { pulled: 0, cancelled: false };
  let first = true;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const piece = first ? head : new Uint8Array(chunk);
      first = false;
      counter.pulled += piece.length;
      controller.enqueue(piece);
    },
    cancel() {
      counter.cancelled = true;
    },
  });
  return { stream, counter };
}

export function dataDir(): string {
  return path.resolve(process.env.KABAR_DATA_DIR ?? "");
}

export async function tempFiles(): Promise<string[]> {
  return readdir(path.join(dataDir(), "media", "tmp")).catch(() => []);
}
