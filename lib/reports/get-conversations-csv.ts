import { db } from "@/lib/db";
import { exportConversationsCsv } from "./export-conversations-csv";
import { firstDayOf, type Month } from "./month";

// A closed month's conversations CSV is frozen at the close, stored with the snapshot, rather than
// recomputed "as of the month's end": a conversation's status (open, done, snoozed) and its
// counters keep no history, so what they were at the close cannot be worked out later; and late
// posts (ingested after the close but dated in the month) would still slip in. Freezing the file is
// the only way it can never change. It has its own column, so reading a report never unpacks it.

const FROZEN_CSV_SQL = `
SELECT conversations_csv AS csv
FROM report_snapshots WHERE agency_id = $1::uuid AND client_id = $2::uuid AND month = $3::date`;

// Only adds the file where it is missing, so the first of two racing writers wins and a frozen file is never replaced.
const BACKFILL_SQL = `
UPDATE report_snapshots SET conversations_csv = $4::text
WHERE agency_id = $1::uuid AND client_id = $2::uuid AND month = $3::date AND conversations_csv IS NULL`;

type Scope = { agencyId: string; clientId: string };

/**
 * A month's conversations CSV (one row per conversation it started): the file frozen at the close for
 * a closed month, the conversations as they stand now for a month not closed yet. No access check:
 * getReportExport authorises the request first.
 */
export async function getConversationsCsv({ agencyId, clientId }: Scope, month: Month, now = new Date()): Promise<string> {
  const frozen = async () => ((await db.$queryRawUnsafe(FROZEN_CSV_SQL, agencyId, clientId, firstDayOf(month))) as { csv: string | null }[])[0];
  const row = await frozen();
  if (!row) return exportConversationsCsv(clientId, month, now);
  if (row.csv !== null) return row.csv;
  // A snapshot frozen before its CSV was frozen with it: freeze the file at its first download, so
  // from then on it no longer changes either.
  const csv = await exportConversationsCsv(clientId, month, now);
  await db.$executeRawUnsafe(BACKFILL_SQL, agencyId, clientId, firstDayOf(month), csv);
  return (await frozen())?.csv ?? csv;
}
