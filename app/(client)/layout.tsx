import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { navFor } from "@/lib/ui/navigation";
import { parseTheme, THEME_COOKIE } from "@/lib/ui/theme";

// The client portal: a client viewer's whole world. Agency people use /reports instead.
export default async function ClientLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  if (actor.role !== "CLIENT_VIEWER") redirect("/reports");
  const theme = parseTheme((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <AppShell agencyName={actor.agencyName} nav={navFor(actor)} user={{ name: actor.name, email: actor.email, roleLabel: ROLE_LABELS[actor.role] }} theme={theme}>
      {children}
    </AppShell>
  );
}
