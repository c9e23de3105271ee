import { roleLabels, roles } from "@/lib/auth/roles";

export const roleOptions = roles.map((role) => ({ value: role, label: roleLabels[role] }));
