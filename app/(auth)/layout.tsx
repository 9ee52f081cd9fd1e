import { MessagesSquare } from "lucide-react";
import type { ReactNode } from "react";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-8 px-4 py-12">
      <div className="flex items-center gap-2 text-lg font-semibold">
        <span className="rounded-md bg-primary p-1.5 text-primary-foreground">
          <MessagesSquare className="size-5" aria-hidden />
        </span>
        Rapport
      </div>
      <div className="w-full max-w-sm">{children}</div>
      <p className="max-w-sm text-center text-xs text-muted-foreground">Social media must be social: answer people, fast.</p>
    </main>
  );
}
