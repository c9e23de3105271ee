import type { Role } from "@/lib/auth/roles";

export interface NavItem {
  href: string;
  label: string;
  roles: readonly Role[];
}

/** The sections of Kabar, in the order of the sidebar, with who may open each. */
export const navItems: readonly NavItem[] = [
  { href: "/composer", label: "Composer", roles: ["admin", "agent"] },
  { href: "/media", label: "Media", roles: ["admin", "agent", "viewer"] },
  { href: "/tickets", label: "Tickets", roles: ["admin", "agent", "viewer"] },
  { href: "/contacts", label: "Contacts", roles: ["admin", "agent", "viewer"] },
  { href: "/history", label: "History", roles: ["admin", "agent", "viewer"] },
  { href: "/overview", label: "Overview", roles: ["admin", "agent", "viewer"] },
  { href: "/audit", label: "Audit trail", roles: ["admin"] },
  { href: "/settings", label: "Settings", roles: ["admin"] },
];
