import { z } from "zod";
import { db } from "@/lib/db";
import { getMe, XAuth } from "@/lib/x";
import { CONNECT_SCOPES } from "@/lib/x/create-authorization-link";
import { saveConnection } from "@/lib/x-accounts/save-connection";
import { DEMO_AGENCY, DEMO_CLIENTS } from "./demo-data";

const mintedSchema = z.object({ access_token: z.string(), refresh_token: z.string().optional(), expires_in: z.number(), scope: z.string().optional() });

/**
 * For `npm start` with the X simulator: connects the demo clients' brand accounts, so the demo
 * inbox fills at once. Tokens come from the simulator's control API (its stand-in for a person
 * clicking "Authorize"); everything after that is the same code path as a real connection.
 * Accounts that exist (connected or deliberately disconnected) are left alone, except those X no longer
 * accepts: a simulator that lost its state (its state file deleted) forgot their tokens, and a person would
 * reconnect them (same handle: the account, its history and cursors stay).
 */
export async function connectDemoAccounts(simulatorUrl: string): Promise<string[]> {
  const agency = await db.agency.findUnique({ where: { slug: DEMO_AGENCY.slug }, select: { id: true, clients: { select: { id: true, name: true } } } });
  if (!agency) return [];
  const connected: string[] = [];
  for (const demo of DEMO_CLIENTS) {
    const client = agency.clients.find((c) => c.name === demo.name);
    if (!client) continue;
    for (const username of demo.handles) {
      const existing = await db.xAccount.findFirst({ where: { agencyId: agency.id, username }, select: { status: true } });
      if (existing && existing.status !== "NEEDS_RECONNECT") continue;
      const response = await fetch(`${simulatorUrl}/_sim/tokens`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username, scopes: [...CONNECT_SCOPES] }),
      });
      if (!response.ok) throw new Error(`the simulator refused a token for @${username}: ${response.status}`);
      const minted = mintedSchema.parse(await response.json());
      const me = await getMe(XAuth.fromAccessToken(minted.access_token));
      await saveConnection({
        agencyId: agency.id,
        clientId: client.id,
        connectedById: null,
        connection: {
          accessToken: minted.access_token,
          refreshToken: minted.refresh_token ?? null,
          expiresAt: new Date(Date.now() + minted.expires_in * 1000),
          scopes: (minted.scope ?? CONNECT_SCOPES.join(" ")).split(" "),
          user: { id: me.id, username: me.username, name: me.name, profileImageUrl: me.profileImageUrl, followersCount: me.followersCount },
        },
      });
      connected.push(username);
    }
  }
  return connected;
}
