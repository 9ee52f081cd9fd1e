import type { ApiResponse } from './context';
import type { Page } from './paginate';
import type { Selection } from './params';
import { bodyJson, jsonArray, renderPosts } from './render-json';
import type { RenderContext } from './render';

/** A page of posts in X's timeline shape: data (omitted when empty), includes, errors and meta. */
export function timelineResponse(page: Page, sel: Selection, ctx: RenderContext): ApiResponse {
  const rendered = renderPosts(page.items, sel, ctx);
  const meta: Record<string, unknown> = { result_count: page.items.length };
  const newest = page.items[0];
  const oldest = page.items[page.items.length - 1];
  if (newest && oldest) {
    meta.newest_id = newest.id;
    meta.oldest_id = oldest.id;
  }
  if (page.nextToken) meta.next_token = page.nextToken;
  if (page.previousToken) meta.previous_token = page.previousToken;
  const raw = bodyJson({
    data: rendered.data.length ? jsonArray(rendered.data) : undefined,
    includes: rendered.includes,
    errors: rendered.errors,
    meta,
  });
  return { status: 200, raw, contentType: 'application/json; charset=utf-8', billing: { postIds: rendered.postIds, userIds: rendered.userIds } };
}
