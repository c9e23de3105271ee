import {
  Contact,
  History,
  Image,
  LayoutDashboard,
  Megaphone,
  MessageSquareText,
  ScrollText,
  Settings,
  Ticket,
  type LucideIcon,
} from "lucide-react";
import type { Role } from "@/lib/auth/roles";

export interface NavItem {
  href: string;
  label: string;
  icon: LucideIcon;
  roles: readonly Role[];
}

/** The sections of Kabar, in the order of the sidebar, with who may open each. */
export const navItems: readonly NavItem[] = [
  { href: "/composer", label: "Composer", icon: MessageSquareText, roles: ["admin", "agent"] },
  { href: "/media", label: "Media", icon: Image, roles: ["admin", "agent", "viewer"] },
  { href: "/tickets", label: "Tickets", icon: Ticket, roles: ["admin", "agent", "viewer"] },
  { href: "/campaigns", label: "Campaigns", icon: Megaphone, roles: ["admin", "agent", "viewer"] },
  { href: "/contacts", label: "Contacts", icon: Contact, roles: ["admin", "agent", "viewer"] },
  { href: "/history", label: "History", icon: History, roles: ["admin", "agent", "viewer"] },
  {
    href: "/overview",
    label: "Overview",
    icon: LayoutDashboard,
    roles: ["admin", "agent", "viewer"],
  },
  { href: "/audit", label: "Audit trail", icon: ScrollText, roles: ["admin"] },
  { href: "/settings", label: "Settings", icon: Settings, roles: ["admin"] },
];
