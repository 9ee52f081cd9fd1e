import { z } from "zod";
import { Role } from "@/lib/db/generated/enums";

// The role and client access shared by invitations and member edits.
export const roleSchema = z.enum(Role, { message: "Choose a role" });

const idList = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.string().uuid("Unknown client")),
);
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

export const accessSchema = z
  .object({
    role: roleSchema,
    allClients: checkbox.default(false),
    clientIds: idList.default([]),
    clientId: z.preprocess((v) => (v === "" ? undefined : v), z.string().uuid("Choose a client").optional()),
  })
  .superRefine((value, ctx) => {
    if (value.role === "CLIENT_VIEWER" && !value.clientId) {
      ctx.addIssue({ code: "custom", path: ["clientId"], message: "A client viewer must belong to a client" });
    }
  });

export type AccessInput = z.output<typeof accessSchema>;

/** Normalises access so only the fields that mean something for the role are kept. */
export function normaliseAccess(input: AccessInput) {
  return {
    role: input.role,
    allClients: input.role === "STAFF" ? input.allClients : false,
    clientIds: input.role === "STAFF" && !input.allClients ? input.clientIds : [],
    clientId: input.role === "CLIENT_VIEWER" ? (input.clientId ?? null) : null,
  };
}
