import { BadgeCheck, Building2, CornerDownRight } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import type { ActionResult } from "@/lib/http/action-result";
import type { ThreadNode } from "@/lib/conversations/build-thread";
import type { ThreadPost } from "@/lib/conversations/get-thread";
import { cn } from "@/lib/utils/cn";
import { exactTime, initials, timeAgo } from "./format";
import { ReplyToButton } from "./reply-to-button";
import { RepostButton } from "./repost-button";

type Props = {
  thread: ThreadNode<ThreadPost>[];
  canAct: boolean;
  repostAction: (postId: string) => Promise<ActionResult<{ reposted: boolean }>>;
};

/** The whole thread in order; replies to replies indented under their parent, the brand's own posts marked. */
export function ThreadView({ thread, canAct, repostAction }: Props) {
  const now = new Date();
  return (
    <ol className="grid gap-2" aria-label="Thread">
      {thread.map(({ post, depth, detached }) => (
        <li key={post.id} style={{ marginLeft: `${depth * 1.5}rem` }} className="relative">
          {depth > 0 && <span aria-hidden className="absolute -left-3 top-0 h-5 w-3 rounded-bl-md border-b border-l" />}
          <article
            tabIndex={-1}
            data-thread-post
            data-own={post.own || undefined}
            aria-label={`${post.own ? "Brand reply" : "Post"} by @${post.author.username}, ${timeAgo(post.postedAt, now)}`}
            className={cn(
              "rounded-lg border bg-card p-3 outline-none focus-visible:ring-2 focus-visible:ring-ring",
              post.own && "border-primary/30 bg-accent/40",
            )}
          >
            <header className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
              <span aria-hidden className={cn("flex size-7 items-center justify-center rounded-full text-[0.65rem] font-semibold", post.own ? "bg-primary text-primary-foreground" : "bg-muted")}>
                {post.own ? <Building2 className="size-3.5" /> : initials(post.author.name)}
              </span>
              <span className="font-medium">{post.author.name}</span>
              {post.author.verified && <BadgeCheck className="size-4 text-primary" aria-label="Verified" />}
              <span className="text-muted-foreground">@{post.author.username}</span>
              {post.own && (
                <Badge tone="primary" data-testid="brand-reply-badge">
                  Brand reply{post.sentBy ? ` · sent by ${post.sentBy}` : ""}
                </Badge>
              )}
              {detached && (
                <span className="inline-flex items-center gap-1 text-xs text-muted-foreground">
                  <CornerDownRight className="size-3" aria-hidden /> replying to an earlier post
                </span>
              )}
              <time dateTime={post.postedAt.toISOString()} title={exactTime(post.postedAt)} className="ml-auto text-xs text-muted-foreground">
                {timeAgo(post.postedAt, now)}
              </time>
            </header>
            <p className="mt-2 whitespace-pre-wrap break-words text-sm leading-relaxed">{post.text}</p>
            {(canAct && !post.own) || post.replies + post.reposts + post.likes > 0 ? (
              <footer className="mt-2 flex flex-wrap items-center gap-1 text-xs text-muted-foreground">
                {canAct && !post.own && <ReplyToButton xId={post.xId} author={post.author.username} />}
                {canAct && !post.own && <RepostButton postId={post.id} reposted={post.reposted} action={repostAction} />}
                {post.replies + post.reposts + post.likes > 0 && (
                  <span className="ml-auto">
                    {post.replies} replies · {post.reposts} reposts · {post.likes} likes
                  </span>
                )}
              </footer>
            ) : null}
          </article>
        </li>
      ))}
    </ol>
  );
}
