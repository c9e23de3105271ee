import { z } from "zod";

/** Who may do what: admin ⊃ agent ⊃ viewer. */
export const roles = ["admin", "agent", "viewer"] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** Role groups used by guards, named by what they allow. */
export const canRead: readonly Role[] = ["admin", "agent", "viewer"];
export const canSend: readonly Role[] = ["admin", "agent"];
export const canAdminister: readonly Role[] = ["admin"];

export function roleAllows(role: Role, allowed: readonly Role[]): boolean {
  return allowed.includes(role);
}

export const roleLabels: Record<Role, string> = {
  admin: "Admin",
  agent: "Agent",
  viewer: "Viewer",
};
