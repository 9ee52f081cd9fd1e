import { ExternalLink, Inbox } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { formatCompact, formatCount, formatDateTime } from "@/lib/reports/format";
import type { MonthlyReport } from "@/lib/reports/report-types";

const KIND: Record<string, string> = { OWN_ORIGINAL: "Original", OWN_LINK: "Link", OWN_REPLY: "Reply", OWN_QUOTE: "Quote" };
const STATUS: Record<string, { label: string; tone: "success" | "warning" | "neutral" }> = {
  DONE: { label: "Done", tone: "success" },
  OPEN: { label: "Open", tone: "warning" },
  PENDING: { label: "Pending", tone: "neutral" },
  SNOOZED: { label: "Snoozed", tone: "neutral" },
};

function XLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="group inline-flex max-w-full items-start gap-1 text-foreground hover:text-primary">
      <span className="line-clamp-2 break-words">{children}</span>
      <ExternalLink className="mt-0.5 size-3 shrink-0 opacity-50 group-hover:opacity-100" aria-label="(opens on X)" />
    </a>
  );
}

function Empty({ children }: { children: ReactNode }) {
  return <p className="rounded-md border border-dashed px-3 py-6 text-center text-sm text-muted-foreground">{children}</p>;
}

/**
 * Top posts, top conversations and the people who engaged most, each linking to X; a top
 * conversation also links to its page in the inbox when the report carries it (agency people only).
 */
export function TopLists({ report }: { report: MonthlyReport }) {
  const tz = report.client.timezone;
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-3 [&>*]:min-w-0">
      <Card className="lg:col-span-2" aria-labelledby="top-posts-title" data-testid="top-posts">
        <CardHeader>
          <CardTitle id="top-posts-title">Top posts</CardTitle>
          <p className="text-sm text-muted-foreground">The brand&apos;s own posts with the most engagements this month.</p>
        </CardHeader>
        <CardBody>
          {report.topPosts.length === 0 ? (
            <Empty>No own posts this month.</Empty>
          ) : (
            <ol className="divide-y">
              {report.topPosts.map((post) => (
                <li key={post.url} className="flex items-start justify-between gap-4 py-2.5 text-sm">
                  <div className="min-w-0">
                    <XLink href={post.url}>{post.text}</XLink>
                    <p className="mt-0.5 text-xs text-muted-foreground">
                      <Badge className="mr-1.5">{KIND[post.kind] ?? post.kind}</Badge>@{post.username} · {formatDateTime(post.postedAt, tz)}
                    </p>
                  </div>
                  <div className="shrink-0 text-right tabular-nums">
                    <p className="font-semibold">{formatCount(post.engagements)}</p>
                    <p className="text-xs text-muted-foreground">of {formatCompact(post.impressions)} seen</p>
                  </div>
                </li>
              ))}
            </ol>
          )}
        </CardBody>
      </Card>

      <Card aria-labelledby="people-title" data-testid="top-people">
        <CardHeader>
          <CardTitle id="people-title">People who engaged most</CardTitle>
          <p className="text-sm text-muted-foreground">Who wrote to the brand most this month.</p>
        </CardHeader>
        <CardBody>
          {report.topPeople.length === 0 ? (
            <Empty>Nobody wrote to the brand this month.</Empty>
          ) : (
            <ol className="divide-y">
              {report.topPeople.map((person) => (
                <li key={person.username} className="flex items-center justify-between gap-3 py-2.5 text-sm">
                  <div className="min-w-0">
                    <XLink href={person.url}>{person.name}</XLink>
                    <p className="text-xs text-muted-foreground">@{person.username}</p>
                  </div>
                  <p className="shrink-0 text-right text-xs text-muted-foreground tabular-nums">
                    <span className="block text-sm font-semibold text-foreground">{formatCount(person.items)} posts</span>
                    {formatCount(person.answered)} threads answered
                  </p>
                </li>
              ))}
            </ol>
          )}
        </CardBody>
      </Card>

      <Card className="lg:col-span-3" aria-labelledby="top-conversations-title" data-testid="top-conversations">
        <CardHeader>
          <CardTitle id="top-conversations-title">Top conversations</CardTitle>
          <p className="text-sm text-muted-foreground">Threads started this month with the most messages from both sides.</p>
        </CardHeader>
        <CardBody className="overflow-x-auto">
          {report.topConversations.length === 0 ? (
            <Empty>No conversations this month.</Empty>
          ) : (
            <table className="w-full text-sm">
              <thead className="text-left text-xs text-muted-foreground">
                <tr>
                  <th scope="col" className="pb-2 font-medium">Started by</th>
                  <th scope="col" className="pb-2 font-medium">First message</th>
                  <th scope="col" className="pb-2 text-right font-medium">Messages</th>
                  <th scope="col" className="pb-2 text-right font-medium">Brand replies</th>
                  <th scope="col" className="pb-2 text-right font-medium">Status</th>
                </tr>
              </thead>
              <tbody>
                {report.topConversations.map((c) => (
                  <tr key={c.conversationId} className="border-t align-top">
                    <td className="py-2 pr-3 whitespace-nowrap">{c.username ? `@${c.username}` : "—"}</td>
                    <td className="py-2 pr-3">
                      {c.url ? <XLink href={c.url}>{c.text ?? "(no text)"}</XLink> : (c.text ?? "—")}
                      {c.inboxPath && (
                        <Link href={c.inboxPath} className="mt-0.5 flex w-fit items-center gap-1 text-xs text-muted-foreground hover:text-primary" data-testid="open-in-inbox">
                          <Inbox className="size-3" aria-hidden /> Open in inbox
                        </Link>
                      )}
                    </td>
                    <td className="py-2 text-right tabular-nums">{formatCount(c.inboundCount + c.brandReplies)}</td>
                    <td className="py-2 text-right tabular-nums">{formatCount(c.brandReplies)}</td>
                    <td className="py-2 text-right">
                      <Badge tone={STATUS[c.status]?.tone ?? "neutral"}>{STATUS[c.status]?.label ?? c.status}</Badge>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
