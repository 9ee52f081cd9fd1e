import { StickyNote } from "lucide-react";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import type { ActionResult } from "@/lib/http/action-result";
import type { NoteView } from "@/lib/notes/list-notes";
import { exactTime, timeAgo } from "./format";
import { NoteForm } from "./note-form";

type Props = {
  notes: NoteView[];
  teammates: Array<{ id: string; name: string }>;
  canAct: boolean;
  action: (form: FormData) => Promise<ActionResult<{ noteId: string; mentioned: string[] }>>;
};

/** Renders "@Full Name" of mentioned teammates as a highlighted chip inside the note text. */
function NoteBody({ body, mentions }: { body: string; mentions: NoteView["mentions"] }) {
  if (!mentions.length) return <>{body}</>;
  const names = [...mentions].sort((a, b) => b.name.length - a.name.length).map((m) => `@${m.name}`);
  const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const parts = body.split(new RegExp(`(${escaped.join("|")})`, "gi"));
  return (
    <>
      {parts.map((part, i) =>
        names.some((n) => n.toLowerCase() === part.toLowerCase()) ? (
          <mark key={i} className="rounded bg-accent px-0.5 text-accent-foreground">
            {part}
          </mark>
        ) : (
          <span key={i}>{part}</span>
        ),
      )}
    </>
  );
}

/** Internal notes: visible to the agency's people only, never to the client or on X. */
export function NotesPanel({ notes, teammates, canAct, action }: Props) {
  const now = new Date();
  return (
    <Card aria-labelledby="notes-title">
      <CardHeader>
        <CardTitle id="notes-title" className="flex items-center gap-2">
          <StickyNote className="size-4" aria-hidden /> Internal notes
        </CardTitle>
        <p className="text-xs text-muted-foreground">Only your team sees these. Type @ to mention a teammate.</p>
      </CardHeader>
      <CardBody className="grid gap-3">
        {notes.length > 0 && (
          <ul className="grid gap-2" data-testid="notes">
            {notes.map((note) => (
              <li key={note.id} className="rounded-md bg-muted/60 p-2 text-sm">
                <p className="flex justify-between gap-2 text-xs text-muted-foreground">
                  <span className="font-medium text-foreground">{note.author.name}</span>
                  <time dateTime={note.createdAt.toISOString()} title={exactTime(note.createdAt)}>
                    {timeAgo(note.createdAt, now)}
                  </time>
                </p>
                <p className="mt-1 whitespace-pre-wrap break-words">
                  <NoteBody body={note.body} mentions={note.mentions} />
                </p>
              </li>
            ))}
          </ul>
        )}
        {canAct && <NoteForm teammates={teammates} action={action} />}
      </CardBody>
    </Card>
  );
}
