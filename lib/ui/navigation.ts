import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/authorize";

export type NavIcon = "inbox" | "clients" | "reports" | "settings" | "approvals";
export type NavItem = { href: string; label: string; icon: NavIcon; badge?: { count: number; label: string } };

/** The sidebar a role sees: only places it may open. `unreadMentions` badges the inbox. */
export function navFor(actor: Actor, counts: { unreadMentions?: number } = {}): NavItem[] {
  if (actor.role === "CLIENT_VIEWER") return [{ href: "/portal", label: "Reports", icon: "reports" }];
  const items: NavItem[] = [];
  if (can(actor, "inbox.view")) {
    const unread = counts.unreadMentions ?? 0;
    items.push({ href: "/inbox", label: "Inbox", icon: "inbox", badge: unread ? { count: unread, label: `${unread} unread ${unread === 1 ? "mention" : "mentions"} in notes` } : undefined });
  }
  if (can(actor, "approval.decide")) items.push({ href: "/approvals", label: "Approvals", icon: "approvals" });
  if (can(actor, "client.view")) items.push({ href: "/clients", label: "Clients", icon: "clients" });
  if (can(actor, "report.view")) items.push({ href: "/reports", label: "Reports", icon: "reports" });
  if (can(actor, "settings.view")) items.push({ href: "/settings", label: "Settings", icon: "settings" });
  return items;
}
