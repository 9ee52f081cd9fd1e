import type { z } from "zod";
import { validationError } from "@/lib/http/action-result";

/** Use cases parse their own input (callers other than server actions exist), failing as a validation AppError. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}
