import { NextResponse } from "next/server";
import { callbackSchema, completeConnection } from "@/lib/onboarding/complete-connection";

export const dynamic = "force-dynamic";

// X redirects here after its consent page, for both an account manager's direct connection and a
// client's connect link. The OAuth state, not a session, says which client the account is for.
export async function GET(request: Request) {
  const url = new URL(request.url);
  const parsed = callbackSchema.safeParse(Object.fromEntries(url.searchParams));
  const result = await completeConnection(parsed.success ? parsed.data : {});
  const to = (path: string) => NextResponse.redirect(new URL(path, process.env.APP_URL ?? url.origin));

  if (result.outcome === "expired") return to("/connect/done?status=expired");
  if (result.viaLink) {
    const account = result.outcome === "connected" ? `&account=${encodeURIComponent(result.username)}` : "";
    return to(`/connect/done?status=${result.outcome}${account}`);
  }
  const param = result.outcome === "connected" ? `connected=${encodeURIComponent(result.username)}` : `connect=${result.outcome}`;
  return to(`/clients/${result.clientId}?${param}`);
}
