import { z } from "zod";

export const savedReplyFields = z.object({
  title: z.string().trim().min(1, "Give the saved reply a short title").max(80, "Keep the title under 80 characters"),
  body: z.string().trim().min(1, "Write the reply").max(1000, "Keep saved replies under 1,000 characters"),
  /** Empty: available for every client of the agency. */
  clientId: z.union([z.uuid(), z.literal("")]).nullish().transform((v) => v || null),
});
