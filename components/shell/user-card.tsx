import { LogOut } from "lucide-react";
import { signOutAction } from "./sign-out-action";
import type { Theme } from "@/lib/ui/theme";
import { ThemeToggle } from "./theme-toggle";

function initials(name: string) {
  return name
    .split(/\s+/)
    .map((part) => part[0] ?? "")
    .join("")
    .slice(0, 2)
    .toUpperCase();
}

export function UserCard({ name, email, roleLabel, theme }: { name: string; email: string; roleLabel: string; theme: Theme }) {
  return (
    <div className="flex items-center gap-1 md:gap-2 md:border-t md:px-3 md:py-3" data-testid="user-card">
      <span aria-hidden title={`${name} · ${roleLabel}`} className="hidden size-8 shrink-0 items-center justify-center rounded-full bg-accent text-xs font-semibold text-accent-foreground sm:flex">
        {initials(name)}
      </span>
      <div className="hidden min-w-0 flex-1 md:block">
        <p className="truncate text-sm font-medium" title={email}>
          {name}
        </p>
        <p className="truncate text-xs text-muted-foreground" data-testid="user-role">
          {roleLabel}
        </p>
      </div>
      <ThemeToggle initial={theme} />
      <form action={signOutAction}>
        <button
          type="submit"
          className="inline-flex size-8 items-center justify-center rounded-md text-muted-foreground hover:bg-muted hover:text-foreground"
          aria-label="Sign out"
          title="Sign out"
        >
          <LogOut className="size-4" aria-hidden />
        </button>
      </form>
    </div>
  );
}
