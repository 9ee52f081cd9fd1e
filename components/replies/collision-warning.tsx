import { Button } from "@/components/ui/button";

export type CollisionInfo = { sentAt: Date; text: string; by: string | null };

/** Another reply went out while the author was writing: show it, and let them send anyway or keep editing. */
export function CollisionWarning({ collision, busy, onSend, onDismiss }: { collision: CollisionInfo; busy: boolean; onSend: () => void; onDismiss: () => void }) {
  return (
    <div role="alert" className="grid gap-2 rounded-md border border-warning/50 bg-warning-soft p-3 text-sm" data-testid="collision-warning">
      <p>
        <strong>Another reply went out</strong> {collision.by ? `from ${collision.by} ` : ""}while you were writing:
      </p>
      <blockquote className="border-l-2 border-warning pl-2 italic">{collision.text}</blockquote>
      <div className="flex gap-2">
        <Button type="button" size="sm" onClick={onSend} disabled={busy}>
          Send mine anyway
        </Button>
        <Button type="button" size="sm" variant="secondary" onClick={onDismiss}>
          Keep editing
        </Button>
      </div>
    </div>
  );
}
