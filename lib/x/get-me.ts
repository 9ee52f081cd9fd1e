import { accessTokenOf, type XAuth } from "./auth";
import { callX, type XCallOptions } from "./call-x";
import { userClient } from "./client";
import { toUser } from "./convert";
import { USER_FIELDS } from "./fields";
import { singleUserSchema } from "./schemas";
import type { XUserProfile } from "./types";

export const ME_ENDPOINT = "GET /2/users/me";

/** The account a token acts for. */
export async function getMe(auth: XAuth, options?: XCallOptions): Promise<XUserProfile> {
  const { data } = await callX({
    client: userClient(accessTokenOf(auth)),
    method: "GET",
    endpoint: ME_ENDPOINT,
    path: "users/me",
    query: { "user.fields": USER_FIELDS },
    schema: singleUserSchema,
    billed: (body) => ({ postIds: [], userIds: [body.data.id] }),
    options,
  });
  return toUser(data.data);
}
