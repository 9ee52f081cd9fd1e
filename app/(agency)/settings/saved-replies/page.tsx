import type { Metadata } from "next";
import { SavedReplyForm } from "@/components/replies/saved-reply-form";
import { SavedReplyList } from "@/components/replies/saved-reply-list";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { listClients } from "@/lib/clients/list-clients";
import { canManageSavedReplies, listSavedReplies } from "@/lib/saved-replies/list-saved-replies";
import { SAVED_REPLY_VARIABLES } from "@/lib/saved-replies/render-saved-reply";
import { createSavedReplyAction, deleteSavedReplyAction, updateSavedReplyAction } from "./actions";

export const metadata: Metadata = { title: "Saved replies" };

export default async function SavedRepliesPage() {
  const actor = await requirePermission("inbox.view");
  const [replies, clients] = await Promise.all([listSavedReplies(actor), listClients(actor)]);
  const manages = canManageSavedReplies(actor);
  const clientOptions = clients.map((c) => ({ id: c.id, name: c.name }));
  return (
    <>
      <PageHeader
        title="Saved replies"
        description={manages ? "Answers your team reuses. In the composer, type / or press Saved replies to insert one." : "Answers your team reuses. Account managers add and edit them."}
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <SavedReplyList replies={replies} clients={clientOptions} manages={manages} updateAction={updateSavedReplyAction} deleteAction={deleteSavedReplyAction} />
        <div className="grid content-start gap-6">
          {manages && (
            <Card>
              <CardHeader>
                <CardTitle>New saved reply</CardTitle>
              </CardHeader>
              <CardBody>
                <SavedReplyForm clients={clientOptions} action={createSavedReplyAction} submitLabel="Add saved reply" resetOnSuccess />
              </CardBody>
            </Card>
          )}
          <Card>
            <CardHeader>
              <CardTitle>Variables</CardTitle>
            </CardHeader>
            <CardBody>
              <dl className="grid grid-cols-[8rem_1fr] gap-y-1.5 text-sm">
                {SAVED_REPLY_VARIABLES.map((v) => (
                  <div key={v.key} className="contents">
                    <dt>
                      <code className="rounded bg-muted px-1 text-xs">{`{{${v.key}}}`}</code>
                    </dt>
                    <dd className="text-muted-foreground">{v.description}</dd>
                  </div>
                ))}
              </dl>
            </CardBody>
          </Card>
        </div>
      </div>
    </>
  );
}
