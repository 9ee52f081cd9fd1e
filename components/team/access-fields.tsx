"use client";

import { useState } from "react";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import { ROLE_LABELS, type Role } from "@/lib/auth/permissions";

export type ClientOption = { id: string; name: string };

const ROLE_HINTS: Record<Role, string> = {
  AGENCY_ADMIN: "Everything, including the team and billing.",
  ACCOUNT_MANAGER: "Onboards and manages clients; works every inbox.",
  STAFF: "Works the inbox of the clients you choose below.",
  CLIENT_VIEWER: "Sees one client's reports and the replies awaiting their approval.",
};

type AccessFieldsProps = {
  idPrefix: string;
  clients: ClientOption[];
  initial?: { role: Role; allClients: boolean; clientIds: string[]; clientId: string | null };
  fieldErrors?: Record<string, string[]>;
};

/** Role plus the clients it applies to; shows only the choices that mean something for the role. */
export function AccessFields({ idPrefix, clients, initial, fieldErrors }: AccessFieldsProps) {
  const [role, setRole] = useState<Role>(initial?.role ?? "STAFF");
  const [allClients, setAllClients] = useState(initial?.allClients ?? false);
  return (
    <>
      <Field id={`${idPrefix}-role`} label="Role" hint={ROLE_HINTS[role]} errors={fieldErrors?.role}>
        <Select name="role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {(Object.keys(ROLE_LABELS) as Role[]).map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </Select>
      </Field>
      {role === "CLIENT_VIEWER" && (
        <Field id={`${idPrefix}-client`} label="Client" errors={fieldErrors?.clientId}>
          <Select name="clientId" defaultValue={initial?.clientId ?? ""}>
            <option value="">Choose a client…</option>
            {clients.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {role === "STAFF" && (
        <fieldset className="grid gap-2 sm:col-span-2">
          <legend className="mb-1 text-sm font-medium">Clients</legend>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="allClients" checked={allClients} onChange={(e) => setAllClients(e.target.checked)} />
            All clients, including future ones
          </label>
          {!allClients && (
            <div className="flex flex-wrap gap-x-4 gap-y-1">
              {clients.map((c) => (
                <label key={c.id} className="flex items-center gap-2 text-sm">
                  <input type="checkbox" name="clientIds" value={c.id} defaultChecked={initial?.clientIds.includes(c.id)} />
                  {c.name}
                </label>
              ))}
            </div>
          )}
          {fieldErrors?.clientIds && <p className="text-xs font-medium text-danger">{fieldErrors.clientIds.join(" ")}</p>}
        </fieldset>
      )}
    </>
  );
}
