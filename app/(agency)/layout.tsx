import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { countUnreadMentions } from "@/lib/notes/count-unread-mentions";
import { navFor } from "@/lib/ui/navigation";
import { parseTheme, THEME_COOKIE } from "@/lib/ui/theme";

// The agency's workspace. Client viewers have no business here: it does not exist for them.
export default async function AgencyLayout({ children }: { children: ReactNode }) {
  const actor = await requirePermission("client.view");
  const [cookieStore, unreadMentions] = await Promise.all([cookies(), countUnreadMentions(actor)]);
  const theme = parseTheme(cookieStore.get(THEME_COOKIE)?.value);
  return (
    <AppShell agencyName={actor.agencyName} nav={navFor(actor, { unreadMentions })} user={{ name: actor.name, email: actor.email, roleLabel: ROLE_LABELS[actor.role] }} theme={theme}>
      {children}
    </AppShell>
  );
}
