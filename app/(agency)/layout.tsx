import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { navFor } from "@/lib/ui/navigation";
import { parseTheme, THEME_COOKIE } from "@/lib/ui/theme";

// The agency's workspace. Client viewers have no business here: it does not exist for them.
export default async function AgencyLayout({ children }: { children: ReactNode }) {
  const actor = await requirePermission("client.view");
  const theme = parseTheme((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <AppShell agencyName={actor.agencyName} nav={navFor(actor)} user={{ name: actor.name, email: actor.email, roleLabel: ROLE_LABELS[actor.role] }} theme={theme}>
      {children}
    </AppShell>
  );
}
