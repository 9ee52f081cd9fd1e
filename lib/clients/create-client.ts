import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { db, Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { type ClientInput, clientInputSchema, toClientData } from "./client-input";

export const createClientSchema = clientInputSchema;

export async function createClient(actor: Actor, input: ClientInput): Promise<{ id: string }> {
  authorize(actor, "client.manage");
  try {
    return await db.$transaction(async (tx) => {
      const client = await tx.client.create({ data: { ...toClientData(input), agencyId: actor.agencyId }, select: { id: true } });
      await recordAudit(tx, actor, { action: "client.created", targetType: "client", targetId: client.id, clientId: client.id, data: { name: input.name } });
      return client;
    });
  } catch (error) {
    throw duplicateNameError(error) ?? error;
  }
}

export function duplicateNameError(error: unknown): AppError | null {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    return new AppError("conflict", "Please correct the highlighted fields.", { fieldErrors: { name: ["Another client already has this name"] } });
  }
  return null;
}
