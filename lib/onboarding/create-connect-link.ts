import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize, clientWhere } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashLinkToken } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { signConnectLinkToken } from "./connect-link-token";
import { connectLinkUrl } from "./connect-urls";

export const CONNECT_LINK_TTL_DAYS = 7;
export const createConnectLinkSchema = z.object({ clientId: z.string().refine(isUuid, "Unknown client") });

/**
 * A link the account manager sends to the client, who authorises their X account on X without
 * a Rapport account: signed (HMAC over a random nonce and the expiry, see connect-link-token),
 * stored only as a hash, single-use and expiring (both enforced on the row).
 */
export async function createConnectLink(actor: Actor, input: z.output<typeof createConnectLinkSchema>): Promise<{ link: string; expiresAt: Date }> {
  authorize(actor, "client.manage", { clientId: input.clientId });
  const { token, expiresAt } = signConnectLinkToken(new Date(Date.now() + CONNECT_LINK_TTL_DAYS * 86_400_000));
  await db.$transaction(async (tx) => {
    const client = await tx.client.findFirst({ where: { ...clientWhere(actor), id: input.clientId }, select: { id: true } });
    if (!client) throw notFound();
    const link = await tx.connectLink.create({ data: { agencyId: actor.agencyId, clientId: client.id, tokenHash: hashLinkToken(token), createdById: actor.userId, expiresAt } });
    await recordAudit(tx, actor, { action: "x_account.connect_link_created", targetType: "connect_link", targetId: link.id, clientId: client.id });
  });
  return { link: connectLinkUrl(token), expiresAt };
}
