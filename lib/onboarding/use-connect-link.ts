import { hashLinkToken } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { beginAuthorization } from "./begin-authorization";
import { verifyConnectLinkToken } from "./connect-link-token";

export type ConnectLinkView =
  | { state: "valid"; clientName: string; agencyName: string }
  | { state: "expired" | "used" | "unknown" };

type LinkLookup = { state: "expired" | "unknown" } | { state: "found"; link: NonNullable<Awaited<ReturnType<typeof findLink>>> };

function findLink(token: string) {
  return db.connectLink.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: { id: true, agencyId: true, clientId: true, expiresAt: true, usedAt: true, client: { select: { name: true, agency: { select: { name: true } } } } },
  });
}

/** A forged, altered or (by its signature) expired token is refused before any database read. */
async function lookUp(token: string, now: Date): Promise<LinkLookup> {
  const signed = verifyConnectLinkToken(token, now);
  if (!signed.ok) return { state: signed.reason === "expired" ? "expired" : "unknown" };
  const link = await findLink(token);
  return link ? { state: "found", link } : { state: "unknown" };
}

/** What the public connect page may show for a token. */
export async function viewConnectLink(token: string, now = new Date()): Promise<ConnectLinkView> {
  const found = await lookUp(token, now);
  if (found.state !== "found") return { state: found.state };
  const { link } = found;
  if (link.usedAt) return { state: "used" };
  // The row is the authority: it may expire sooner than the token says, never later.
  if (link.expiresAt <= now) return { state: "expired" };
  return { state: "valid", clientName: link.client.name, agencyName: link.client.agency.name };
}

/** The signed-out visitor pressed "Connect with X": start an OAuth attempt tied to the link. */
export async function startConnectionFromLink(token: string, now = new Date()): Promise<{ url: string }> {
  const found = await lookUp(token, now);
  const link = found.state === "found" ? found.link : null;
  if (!link || link.usedAt || link.expiresAt <= now) throw new AppError("not_found", "This connect link has expired or was already used. Ask your agency for a new one.");
  return beginAuthorization(db, { agencyId: link.agencyId, clientId: link.clientId, connectLinkId: link.id });
}
