import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/authorize";

export type NavItem = { href: string; label: string; icon: "inbox" | "clients" | "reports" | "settings" };

/** The sidebar a role sees: only places it may open. */
export function navFor(actor: Actor): NavItem[] {
  if (actor.role === "CLIENT_VIEWER") return [{ href: "/portal", label: "Reports", icon: "reports" }];
  const items: NavItem[] = [];
  if (can(actor, "inbox.view")) items.push({ href: "/inbox", label: "Inbox", icon: "inbox" });
  if (can(actor, "client.view")) items.push({ href: "/clients", label: "Clients", icon: "clients" });
  if (can(actor, "report.view")) items.push({ href: "/reports", label: "Reports", icon: "reports" });
  if (can(actor, "settings.view")) items.push({ href: "/settings", label: "Settings", icon: "settings" });
  return items;
}
