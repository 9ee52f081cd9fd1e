import { db } from "@/lib/db";
import { firstDayOf, type Month } from "./month";
import type { MonthlyReport, PeriodFigures } from "./report-types";

const REPORT_SQL = `
SELECT data, frozen_at AS "frozenAt"
FROM report_snapshots WHERE agency_id = $1::uuid AND client_id = $2::uuid AND month = $3::date`;

const FIGURES_SQL = `
SELECT data -> 'current' AS current
FROM report_snapshots WHERE agency_id = $1::uuid AND client_id = $2::uuid AND month = $3::date`;

// Lists and sections a snapshot written before they existed does not have: it shows them empty or
// "not recorded", as the page and PDF already do for a month without them. Nothing is recomputed.
const ABSENT = {
  accounts: [],
  previous: null,
  daily: [],
  responseBuckets: [],
  topPosts: [],
  topConversations: [],
  topPeople: [],
  usage: null,
} satisfies Partial<MonthlyReport>;

type Scope = { agencyId: string; clientId: string };

/**
 * A closed month's frozen report, exactly as it was frozen, whatever REPORT_VERSION built it: a
 * closed month never changes, so an older snapshot is never recomputed with newer code. Null when
 * the month has no snapshot (not closed yet).
 */
export async function readFrozenReport({ agencyId, clientId }: Scope, month: Month): Promise<MonthlyReport | null> {
  const [row] = (await db.$queryRawUnsafe(REPORT_SQL, agencyId, clientId, firstDayOf(month))) as { data: MonthlyReport; frozenAt: Date }[];
  if (!row) return null;
  return { ...ABSENT, ...row.data, status: "final", frozenAt: row.frozenAt.toISOString() };
}

/** A closed month's headline figures as they were frozen (the next month compares against them). */
export async function readFrozenFigures({ agencyId, clientId }: Scope, month: Month): Promise<PeriodFigures | null> {
  const [row] = (await db.$queryRawUnsafe(FIGURES_SQL, agencyId, clientId, firstDayOf(month))) as { current: PeriodFigures | null }[];
  return row?.current ?? null;
}
