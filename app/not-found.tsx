import { SearchX } from "lucide-react";
import Link from "next/link";

export default function NotFound() {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-3 px-4 text-center">
      <SearchX className="size-8 text-muted-foreground" aria-hidden />
      <h1 className="text-xl font-semibold" data-testid="not-found">
        Page not found
      </h1>
      <p className="max-w-sm text-sm text-muted-foreground">It may have moved, or you may not have access to it.</p>
      <Link href="/" className="text-sm font-medium text-primary hover:underline">
        Back to Rapport
      </Link>
    </main>
  );
}
