import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { type ActionResult, toFailure, validationError } from "./action-result";

/** Turns FormData into a plain object; repeated names become arrays. */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = form.getAll(key).map((v) => (typeof v === "string" ? v : v.name));
    out[key] = values.length > 1 || key.endsWith("[]") ? values : values[0];
  }
  return out;
}

/**
 * The wrapper every server action goes through: it authenticates, validates the input with
 * the use case's zod schema, runs it, and maps errors to a result the form can show.
 * Authorisation itself happens inside the use case, so no caller can skip it.
 */
export function defineAction<S extends z.ZodType, T>(
  name: string,
  schema: S,
  run: (actor: Actor, input: z.output<S>) => Promise<T>,
) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    try {
      const actor = await getActor();
      if (!actor) return { ok: false, error: "Your session has ended. Please sign in again." };
      const raw = input instanceof FormData ? formDataToObject(input) : input;
      const parsed = schema.safeParse(raw);
      if (!parsed.success) throw validationError(parsed.error);
      return { ok: true, data: await run(actor, parsed.data) };
    } catch (error) {
      return toFailure(error, name);
    }
  };
}
