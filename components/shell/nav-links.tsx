"use client";

import { BarChart3, Building2, CheckCheck, Inbox, type LucideIcon, Settings } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { NavIcon, NavItem } from "@/lib/ui/navigation";
import { cn } from "@/lib/utils/cn";


const ICONS: Record<NavIcon, LucideIcon> = { inbox: Inbox, approvals: CheckCheck, clients: Building2, reports: BarChart3, settings: Settings };

export function NavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <ul className="flex gap-0.5 md:grid">
      {items.map((item) => {
        const Icon = ICONS[item.icon];
        const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={active ? "page" : undefined}
              title={item.label}
              className={cn(
                "flex items-center gap-2.5 rounded-md px-2.5 py-2 text-sm font-medium text-muted-foreground hover:bg-muted hover:text-foreground md:py-1.5",
                active && "bg-accent text-accent-foreground hover:bg-accent",
              )}
            >
              <Icon className="size-4 shrink-0" aria-hidden />
              <span className="sr-only md:not-sr-only">{item.label}</span>
              {item.badge && (
                <span className="ml-auto rounded-full bg-primary px-1.5 text-xs font-semibold text-primary-foreground" aria-label={item.badge.label} data-testid="nav-badge">
                  {item.badge.count}
                </span>
              )}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
