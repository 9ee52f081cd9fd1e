import { MessagesSquare } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import type { Theme } from "@/lib/ui/theme";
import type { NavItem } from "@/lib/ui/navigation";
import { NavLinks } from "./nav-links";
import { UserCard } from "./user-card";

type ShellProps = {
  agencyName: string;
  nav: NavItem[];
  user: { name: string; email: string; roleLabel: string };
  theme: Theme;
  children: ReactNode;
};

export function AppShell({ agencyName, nav, user, theme, children }: ShellProps) {
  return (
    <div className="min-h-dvh md:grid md:grid-cols-[15rem_1fr]">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-card focus:px-3 focus:py-2">
        Skip to content
      </a>
      {/* On a phone the sidebar folds into one bar: logo, icon links, your avatar and actions. */}
      <aside
        className="flex items-center gap-1 border-b bg-sidebar px-2 md:sticky md:top-0 md:h-dvh md:flex-col md:items-stretch md:gap-0 md:border-b-0 md:border-r md:px-0"
        aria-label="Sidebar"
      >
        <Link href="/" className="flex min-w-0 items-center gap-2 px-2 py-3 font-semibold md:px-4 md:py-4">
          <span className="rounded-md bg-primary p-1 text-primary-foreground">
            <MessagesSquare className="size-4" aria-hidden />
          </span>
          {/* Hidden from sight on a phone, never from screen readers: the link keeps its name. */}
          <span className="sr-only sm:not-sr-only">Rapport</span>
          <span className="sr-only truncate text-xs font-normal text-muted-foreground md:not-sr-only" data-testid="agency-name">
            {agencyName}
          </span>
        </Link>
        <nav aria-label="Main" className="min-w-0 flex-1 overflow-x-auto md:px-2 md:pb-2">
          <NavLinks items={nav} />
        </nav>
        <UserCard {...user} theme={theme} />
      </aside>
      <main id="main" className="min-w-0 px-4 py-6 md:px-8 md:py-8">
        <div className="mx-auto max-w-6xl">{children}</div>
      </main>
    </div>
  );
}
