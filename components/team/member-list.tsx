"use client";

import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import type { ActionResult } from "@/lib/http/action-result";
import type { TeamMember } from "@/lib/team/list-team";
import type { ClientOption } from "./access-fields";
import { MemberRow } from "./member-row";

type Props = {
  members: TeamMember[];
  clients: ClientOption[];
  currentUserId: string;
  updateAction: (form: FormData) => Promise<ActionResult<void>>;
  setActiveAction: (form: FormData) => Promise<ActionResult<void>>;
};

export function MemberList({ members, clients, currentUserId, updateAction, setActiveAction }: Props) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Members</CardTitle>
      </CardHeader>
      <CardBody className="px-0 py-0">
        <ul className="divide-y">
          {members.map((member) => (
            <MemberRow key={member.id} member={member} clients={clients} isSelf={member.user.id === currentUserId} updateAction={updateAction} setActiveAction={setActiveAction} />
          ))}
        </ul>
      </CardBody>
    </Card>
  );
}
