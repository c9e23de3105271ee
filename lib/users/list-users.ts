import "server-only";
import { db } from "@/lib/db/client";
import { roleSchema } from "@/lib/auth/role-schema";
import type { Role } from "@/lib/auth/roles";

/** A user as the users page shows them: never the password hash. */
export interface UserListItem {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  lastSignInAt: Date | null;
}

/** Every user, active ones first, then by email. */
export async function listUsers(): Promise<UserListItem[]> {
  const rows = await db.user.findMany({
    select: { id: true, email: true, name: true, role: true, active: true, lastSignInAt: true },
    orderBy: [{ active: "desc" }, { email: "asc" }],
  });
  // A role the code no longer knows is shown as the smallest one, which is also how the session
  // check treats it (no access).
  return rows.map((row) => ({ ...row, role: roleSchema.catch("viewer").parse(row.role) }));
}
