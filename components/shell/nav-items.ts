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
import type { Messages } from "@/lib/i18n/messages";

export interface NavItem {
  href: string;
  /** Its name in the catalogue (messages/<locale>/shell.json, nav). */
  label: keyof Messages["shell"]["nav"];
  icon: LucideIcon;
  roles: readonly Role[];
}

/** The sections of Kabar, in the order of the sidebar, with who may open each. */
export const navItems: readonly NavItem[] = [
  { href: "/composer", label: "composer", icon: MessageSquareText, roles: ["admin", "agent"] },
  { href: "/media", label: "media", icon: Image, roles: ["admin", "agent", "viewer"] },
  { href: "/tickets", label: "tickets", icon: Ticket, roles: ["admin", "agent", "viewer"] },
  { href: "/campaigns", label: "campaigns", icon: Megaphone, roles: ["admin", "agent", "viewer"] },
  { href: "/contacts", label: "contacts", icon: Contact, roles: ["admin", "agent", "viewer"] },
  { href: "/history", label: "history", icon: History, roles: ["admin", "agent", "viewer"] },
  {
    href: "/overview",
    label: "overview",
    icon: LayoutDashboard,
    roles: ["admin", "agent", "viewer"],
  },
  { href: "/audit", label: "audit", icon: ScrollText, roles: ["admin"] },
  { href: "/settings", label: "settings", icon: Settings, roles: ["admin"] },
];
