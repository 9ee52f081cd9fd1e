import { accessTokenOf, type XAuth } from "./auth";
import { callX, type XCallOptions } from "./call-x";
import { userClient } from "./client";
import { toUser } from "./convert";
import { USER_FIELDS } from "./fields";
import { userListSchema } from "./schemas";
import type { XUserProfile } from "./types";

export const USERS_LOOKUP_ENDPOINT = "GET /2/users";
export const MAX_USERS_PER_LOOKUP = 100;

/** Up to 100 profiles by id, with follower counts. Suspended or deleted accounts are absent. */
export async function getUsersByIds(auth: XAuth, input: { ids: readonly string[] }, options?: XCallOptions): Promise<XUserProfile[]> {
  if (input.ids.length === 0) return [];
  if (input.ids.length > MAX_USERS_PER_LOOKUP) throw new Error(`at most ${MAX_USERS_PER_LOOKUP} ids per lookup`);
  const { data } = await callX({
    client: userClient(accessTokenOf(auth)),
    method: "GET",
    endpoint: USERS_LOOKUP_ENDPOINT,
    path: "users",
    query: { ids: input.ids.join(","), "user.fields": USER_FIELDS },
    schema: userListSchema,
    billed: (body) => ({ postIds: [], userIds: (body.data ?? []).map((u) => u.id) }),
    options,
  });
  return (data.data ?? []).map(toUser);
}
