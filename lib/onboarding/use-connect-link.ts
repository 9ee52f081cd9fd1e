import { hashLinkToken } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { beginAuthorization } from "./begin-authorization";

export type ConnectLinkView =
  | { state: "valid"; clientName: string; agencyName: string }
  | { state: "expired" | "used" | "unknown" };

async function findLink(token: string) {
  return db.connectLink.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: { id: true, agencyId: true, clientId: true, expiresAt: true, usedAt: true, client: { select: { name: true, agency: { select: { name: true } } } } },
  });
}

/** What the public connect page may show for a token. */
export async function viewConnectLink(token: string, now = new Date()): Promise<ConnectLinkView> {
  const link = await findLink(token);
  if (!link) return { state: "unknown" };
  if (link.usedAt) return { state: "used" };
  if (link.expiresAt <= now) return { state: "expired" };
  return { state: "valid", clientName: link.client.name, agencyName: link.client.agency.name };
}

/** The signed-out visitor pressed "Connect with X": start an OAuth attempt tied to the link. */
export async function startConnectionFromLink(token: string, now = new Date()): Promise<{ url: string }> {
  const link = await findLink(token);
  if (!link || link.usedAt || link.expiresAt <= now) throw new AppError("not_found", "This connect link has expired or was already used. Ask your agency for a new one.");
  return beginAuthorization(db, { agencyId: link.agencyId, clientId: link.clientId, connectLinkId: link.id });
}
