// Roles and what they allow: read by pages, guards and the browser alike (no zod here, so the
// browser pays nothing for it; ./role-schema.ts parses stored roles on the server).

/** Who may do what: admin ⊃ agent ⊃ viewer. */
export const roles = ["admin", "agent", "viewer"] as const;
export type Role = (typeof roles)[number];

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
