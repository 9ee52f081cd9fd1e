import { NextResponse } from "next/server";
import type { Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { HTTP_STATUS, isAppError } from "@/lib/errors";
import { errorFields, log, newRequestId } from "@/lib/log/logger";

type Handler<C> = (request: Request, context: C & { actor: Actor }) => Promise<Response>;

/**
 * The wrapper for route handlers that act for a signed-in person: authenticates and maps
 * errors to JSON with the right status. Signed-out callers get 404, like anything else
 * they may not see.
 */
export function defineRoute<C>(name: string, handler: Handler<C>) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      const actor = await getActor();
      if (!actor) return NextResponse.json({ error: "Not found" }, { status: 404 });
      return await handler(request, { ...context, actor });
    } catch (error) {
      if (isAppError(error)) return NextResponse.json({ error: error.message }, { status: HTTP_STATUS[error.code] });
      const requestId = newRequestId();
      log.error(`${name} failed`, { requestId, ...errorFields(error) });
      return NextResponse.json({ error: "Internal error", requestId }, { status: 500 });
    }
  };
}
