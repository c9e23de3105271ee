import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { ExpectedError } from "@/lib/errors/expected-error";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashPassword } from "@/lib/auth/password-hash";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import type { CreateUserInput } from "./schema";

const emailTaken = () =>
  new ExpectedError("email_taken", "Some fields need attention.", {
    fieldErrors: { email: ["A user with this email already exists"] },
  });

/** Creates an active user with an initial password the admin passes on to them. */
export async function createUser(input: CreateUserInput, ctx: Actor): Promise<{ id: string }> {
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw emailTaken();
  }
  const passwordHash = await hashPassword(input.password);
  let id: string;
  try {
    ({ id } = await db.user.create({
      data: { email: input.email, name: input.name, role: input.role, passwordHash },
      select: { id: true },
    }));
  } catch (error) {
    // Two admins creating the same email at once: the unique index decides.
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
  await recordAuditEvent({
    action: "user.created",
    actor: ctx.user,
    target: `user:${id}`,
    ip: ctx.ip,
    detail: { email: input.email, role: input.role },
  });
  return { id };
}
