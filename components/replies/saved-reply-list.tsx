"use client";

import { MessageSquareText, Pencil, Search, Trash2 } from "lucide-react";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import type { ActionResult } from "@/lib/http/action-result";
import type { SavedReplyView } from "@/lib/saved-replies/list-saved-replies";
import { SavedReplyForm } from "./saved-reply-form";

type Props = {
  replies: SavedReplyView[];
  clients: Array<{ id: string; name: string }>;
  manages: boolean;
  updateAction: (form: FormData) => Promise<ActionResult<unknown>>;
  deleteAction: (form: FormData) => Promise<ActionResult<unknown>>;
};

/** The agency's saved replies, searchable; account managers edit and delete them in place. */
export function SavedReplyList({ replies, clients, manages, updateAction, deleteAction }: Props) {
  const [query, setQuery] = useState("");
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const q = query.trim().toLowerCase();
  const shown = replies.filter((r) => !q || r.title.toLowerCase().includes(q) || r.body.toLowerCase().includes(q));

  const remove = (reply: SavedReplyView) =>
    start(async () => {
      if (!window.confirm(`Delete "${reply.title}"?`)) return;
      const form = new FormData();
      form.set("id", reply.id);
      const result = await deleteAction(form);
      setError(result.ok ? null : result.error);
    });

  return (
    <Card className="self-start">
      <CardHeader>
        <CardTitle>All saved replies</CardTitle>
        <div className="relative mt-2">
          <Search className="pointer-events-none absolute left-2.5 top-2.5 size-4 text-muted-foreground" aria-hidden />
          <Input value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Search titles and text" aria-label="Search saved replies" className="pl-8" />
        </div>
      </CardHeader>
      <CardBody>
        {error && <Alert className="mb-3">{error}</Alert>}
        {shown.length === 0 ? (
          <EmptyState icon={MessageSquareText} title={replies.length ? "No saved reply matches" : "No saved replies yet"}>
            {manages ? "Add the answers your team gives again and again." : "Account managers add them."}
          </EmptyState>
        ) : (
          <ul className="divide-y" data-testid="saved-replies">
            {shown.map((reply) => (
              <li key={reply.id} className="py-3">
                {editing === reply.id ? (
                  <SavedReplyForm clients={clients} action={updateAction} submitLabel="Save changes" initial={reply} onDone={() => setEditing(null)} />
                ) : (
                  <div className="flex items-start gap-3">
                    <div className="min-w-0 flex-1">
                      <p className="flex flex-wrap items-center gap-2 font-medium">
                        {reply.title}
                        <Badge tone={reply.clientName ? "primary" : "neutral"}>{reply.clientName ?? "Every client"}</Badge>
                      </p>
                      <p className="mt-1 whitespace-pre-wrap text-sm text-muted-foreground">{reply.body}</p>
                    </div>
                    {manages && (
                      <div className="flex shrink-0 gap-1">
                        <Button type="button" variant="ghost" size="icon" aria-label={`Edit ${reply.title}`} onClick={() => setEditing(reply.id)}>
                          <Pencil aria-hidden />
                        </Button>
                        <Button type="button" variant="ghost" size="icon" aria-label={`Delete ${reply.title}`} disabled={pending} onClick={() => remove(reply)}>
                          <Trash2 aria-hidden />
                        </Button>
                      </div>
                    )}
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </CardBody>
    </Card>
  );
}
