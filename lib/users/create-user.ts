import "server-only";
import { db } from "@/lib/db/client";
import type { ActionContext } from "@/lib/actions/define-action";
import { ExpectedError } from "@/lib/actions/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashPassword } from "@/lib/auth/password-hash";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import type { CreateUserInput } from "./schema";

const emailTaken = () =>
  new ExpectedError(
    "Some fields need attention.",
    { email: ["A user with this email already exists"] },
    "email_taken",
  );

/** Creates an active user with an initial password the admin passes on to them. */
export async function createUser(
  input: CreateUserInput,
  ctx: ActionContext,
): Promise<{ id: string }> {
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
