import { businessHoursSchema, type BusinessHours } from "@/lib/sla/business-hours";
import type { PgClient } from "./pg-pool";

/** What a sync run knows about the account it works for. */
export type SyncAccount = {
  id: string;
  agencyId: string;
  clientId: string;
  xUserId: string;
  username: string;
  status: string;
  client: { slaMinutes: number; timezone: string; businessHours: BusinessHours | null };
};

type Row = {
  id: string;
  agency_id: string;
  client_id: string;
  x_user_id: string;
  username: string;
  status: string;
  sla_minutes: number;
  timezone: string;
  business_hours: unknown;
};

export async function loadSyncAccount(client: PgClient, accountId: string): Promise<SyncAccount | null> {
  const { rows } = await client.query<Row>(
    `SELECT a.id, a.agency_id, a.client_id, a.x_user_id, a.username, a.status::text AS status,
            c.sla_minutes, c.timezone, c.business_hours
     FROM x_accounts a JOIN clients c ON c.id = a.client_id WHERE a.id = $1`,
    [accountId],
  );
  const row = rows[0];
  if (!row) return null;
  // Unparseable hours must not stop ingest: the SLA clock then runs on wall-clock time.
  const hours = businessHoursSchema.safeParse(row.business_hours);
  return {
    id: row.id,
    agencyId: row.agency_id,
    clientId: row.client_id,
    xUserId: row.x_user_id,
    username: row.username,
    status: row.status,
    client: { slaMinutes: row.sla_minutes, timezone: row.timezone, businessHours: hours.success ? hours.data : null },
  };
}
