import { z } from "zod";

// What we read from X's v2 responses, validated. Objects are not strict: X adds fields over time
// (and sends both the Tweet and Post vocabularies), so unknown keys are ignored, not refused.

const xId = z.string().regex(/^\d{1,20}$/, "an X id");
const count = z.number().int().nonnegative();

export const rawPostSchema = z.object({
  id: xId,
  text: z.string(),
  author_id: xId,
  created_at: z.iso.datetime({ offset: true }),
  conversation_id: xId.optional(),
  in_reply_to_user_id: xId.optional(),
  referenced_tweets: z.array(z.object({ type: z.string(), id: xId })).optional(),
  entities: z
    .object({
      urls: z.array(z.object({ url: z.string(), expanded_url: z.string().optional() })).optional(),
      mentions: z.array(z.object({ username: z.string(), id: xId.optional() })).optional(),
    })
    .optional(),
  public_metrics: z
    .object({
      retweet_count: count.optional(),
      repost_count: count.optional(),
      reply_count: count.optional(),
      like_count: count.optional(),
      quote_count: count.optional(),
      bookmark_count: count.optional(),
      impression_count: count.optional(),
    })
    .optional(),
  non_public_metrics: z.object({ impression_count: count.optional() }).optional(),
  organic_metrics: z.object({ impression_count: count.optional() }).optional(),
});
export type RawPost = z.infer<typeof rawPostSchema>;

export const rawUserSchema = z.object({
  id: xId,
  username: z.string(),
  name: z.string(),
  description: z.string().optional(),
  profile_image_url: z.string().optional(),
  verified: z.boolean().optional(),
  public_metrics: z
    .object({ followers_count: count.optional(), following_count: count.optional() })
    .optional(),
});
export type RawUser = z.infer<typeof rawUserSchema>;

// Partial errors ride along with 200s (a deleted referenced post, a field we may not read).
const partialErrors = z.array(z.object({}).loose()).optional();

const includes = z
  .object({ users: z.array(rawUserSchema).optional(), tweets: z.array(rawPostSchema).optional() })
  .optional();

export const postListSchema = z.object({
  data: z.array(rawPostSchema).optional(),
  includes,
  errors: partialErrors,
  meta: z
    .object({
      result_count: count.optional(),
      newest_id: xId.optional(),
      oldest_id: xId.optional(),
      next_token: z.string().optional(),
    })
    .optional(),
});

export const userListSchema = z.object({ data: z.array(rawUserSchema).optional(), errors: partialErrors });
export const singleUserSchema = z.object({ data: rawUserSchema });

export const createdPostSchema = z.object({ data: z.object({ id: xId, text: z.string() }) });
export const repostSchema = z.object({ data: z.object({ retweeted: z.boolean().optional(), reposted: z.boolean().optional() }) });

export const tokenSchema = z.object({
  token_type: z.string().optional(),
  access_token: z.string().min(1),
  refresh_token: z.string().min(1).optional(),
  expires_in: z.number().positive(),
  scope: z.string().default(""),
});
