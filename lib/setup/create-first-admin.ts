import "server-only";
import { db } from "@/lib/db/client";
import { ExpectedError } from "@/lib/errors/expected-error";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashPassword } from "@/lib/auth/password-hash";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import type { SetupAdminInput } from "./schema";

/** Marks that first-run setup has happened; its primary key lets only one setup ever commit. */
export const SETUP_MARKER_KEY = "setup.firstAdminId";

/** Refusal once any user exists (code "setup_done": the setup page sends them to sign in). */
const setupAlreadyDone = () =>
  new ExpectedError("setup_done", "Kabar is already set up: sign in instead.");

/**
 * Creates the first admin, only while there is no user at all. The check and the insert share a
 * transaction, and the setup marker row is inserted in it too: two submits racing (even from two
 * server processes) cannot both create an admin.
 */
export async function createFirstAdmin(input: SetupAdminInput, ip: string | null) {
  // Hash before the transaction: SQLite transactions hold the one connection, keep them short.
  const passwordHash = await hashPassword(input.password);
  let user: { id: string; email: string };
  try {
    user = await db.$transaction(async (tx) => {
      if ((await tx.user.count()) > 0) throw setupAlreadyDone();
      const created = await tx.user.create({
        data: { email: input.email, name: input.name, role: "admin", passwordHash },
        select: { id: true, email: true },
      });
      // A marker left from users deleted by hand is replaced; two racing inserts still collide.
      await tx.setting.deleteMany({ where: { key: SETUP_MARKER_KEY } });
      await tx.setting.create({ data: { key: SETUP_MARKER_KEY, value: created.id } });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw setupAlreadyDone();
    throw error;
  }
  await recordAuditEvent({
    action: "auth.setup_admin",
    actor: user,
    target: `user:${user.id}`,
    ip,
    detail: { email: user.email },
  });
  return { id: user.id };
}
