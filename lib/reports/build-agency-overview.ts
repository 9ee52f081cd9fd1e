import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { addMonths, compareMonths, firstDayOf, formatMonth, type Month, monthAt, monthLabel, parseMonth } from "./month";
import { parseSeconds, responseStats } from "@/lib/metrics/response-times";
import { FROZEN_SQL, OVERVIEW_SECONDS_SQL, OVERVIEW_SQL, type OverviewSqlRow } from "./overview-sql";
import type { PeriodFigures } from "./report-types";

export const OVERVIEW_SORTS = ["client", "responseRate", "medianFirstResponse", "slaMet", "interactionRatio", "followerGrowth", "apiCost", "inbound"] as const;
export type OverviewSort = (typeof OVERVIEW_SORTS)[number];

export const overviewInputSchema = z.object({
  month: z.string().optional(),
  sort: z.enum(OVERVIEW_SORTS).catch("client").default("client"),
  dir: z.enum(["asc", "desc"]).catch("asc").default("asc"),
});
/** Straight from the URL: unknown sorts and directions fall back to the defaults. */
export type OverviewInput = { month?: string; sort?: string; dir?: string };

export type OverviewRow = {
  clientId: string;
  name: string;
  color: string;
  slaMinutes: number;
  inbound: number;
  neededAnswer: number;
  unanswered: number;
  responseRate: number | null;
  medianFirstResponseSeconds: number | null;
  slaMetRate: number | null;
  interactionRatio: number | null;
  ownPosts: number;
  followers: number | null;
  followerGrowth: number | null;
  apiCostMicros: number;
};

export type AgencyOverview = { month: string; monthLabel: string; previousMonth: string; nextMonth: string | null; sort: OverviewSort; dir: "asc" | "desc"; rows: OverviewRow[] };

/**
 * Every client the actor may see, side by side for one month (each client's local days), read from
 * the rollups (a closed month from its frozen report). Months are calendar months; the default is
 * the current UTC month.
 */
export async function buildAgencyOverview(actor: Actor, input: OverviewInput = {}, now = new Date()): Promise<AgencyOverview> {
  authorize(actor, "report.view");
  if (actor.role === "CLIENT_VIEWER") throw notFound();
  const parsed = overviewInputSchema.parse(input);
  const current = monthAt(now, "UTC");
  const month: Month | null = parsed.month === undefined ? current : parseMonth(parsed.month);
  if (!month || compareMonths(month, current) > 0) throw notFound();

  const clientIds = actor.clients === "all" ? null : [...actor.clients];
  const range = [actor.agencyId, clientIds, firstDayOf(month), firstDayOf(addMonths(month, 1))] as const;
  const [rows, seconds, frozen] = await Promise.all([
    db.$queryRawUnsafe(OVERVIEW_SQL, ...range) as Promise<OverviewSqlRow[]>,
    db.$queryRawUnsafe(OVERVIEW_SECONDS_SQL, ...range) as Promise<{ clientId: string; seconds: string }[]>,
    loadFrozenFigures(actor.agencyId, month),
  ]);
  const lists = new Map<string, number[][]>();
  for (const row of seconds) lists.set(row.clientId, [...(lists.get(row.clientId) ?? []), parseSeconds(row.seconds)]);
  const list: OverviewRow[] = rows.map((sqlRow) => {
    const r = frozen.get(sqlRow.clientId) ?? { ...sqlRow, medianSeconds: responseStats(lists.get(sqlRow.clientId) ?? []).median };
    const ownPosts = r.ownOriginal + r.ownLink + r.ownReplies + r.ownReposts + r.ownQuotes;
    return {
      clientId: r.clientId,
      name: r.name,
      color: r.color,
      slaMinutes: r.slaMinutes,
      inbound: r.inbound,
      neededAnswer: r.neededAnswer,
      unanswered: r.neededAnswer - r.answered,
      responseRate: r.neededAnswer > 0 ? r.answered / r.neededAnswer : null,
      medianFirstResponseSeconds: r.medianSeconds,
      slaMetRate: r.slaMet + r.slaBreached > 0 ? r.slaMet / (r.slaMet + r.slaBreached) : null,
      interactionRatio: ownPosts > 0 ? (r.ownReplies + r.ownReposts + r.ownQuotes) / ownPosts : null,
      ownPosts,
      followers: r.followersEnd,
      followerGrowth: r.followersEnd !== null && r.followersStart !== null ? r.followersEnd - r.followersStart : null,
      apiCostMicros: r.costMicros,
    };
  });
  list.sort(comparator(parsed.sort, parsed.dir));
  return {
    month: formatMonth(month),
    monthLabel: monthLabel(month),
    previousMonth: formatMonth(addMonths(month, -1)),
    nextMonth: compareMonths(month, current) < 0 ? formatMonth(addMonths(month, 1)) : null,
    sort: parsed.sort,
    dir: parsed.dir,
    rows: list,
  };
}

// A closed month shows what its frozen report says, so the overview and the client's report agree.
async function loadFrozenFigures(agencyId: string, month: Month): Promise<Map<string, OverviewSqlRow>> {
  type Row = { clientId: string; name: string; color: string; slaMinutes: number; current: PeriodFigures; costMicros: number | null };
  const rows = (await db.$queryRawUnsafe(FROZEN_SQL, agencyId, firstDayOf(month))) as Row[];
  return new Map(
    rows.map(({ current: f, costMicros, ...client }) => [
      client.clientId,
      {
        ...client,
        inbound: f.inboundMentions + f.inboundReplies + f.inboundQuotes,
        neededAnswer: f.neededAnswer,
        answered: f.answered,
        slaMet: f.slaMet,
        slaBreached: f.slaBreached,
        ownOriginal: f.ownOriginal,
        ownLink: f.ownLink,
        ownReplies: f.ownReplies,
        ownReposts: f.ownReposts,
        ownQuotes: f.ownQuotes,
        medianSeconds: f.medianFirstResponseSeconds,
        followersEnd: f.followers,
        followersStart: f.followersStart,
        costMicros: costMicros ?? 0,
      },
    ]),
  );
}

const SORT_VALUE: Record<OverviewSort, (row: OverviewRow) => number | string | null> = {
  client: (r) => r.name.toLowerCase(),
  responseRate: (r) => r.responseRate,
  medianFirstResponse: (r) => r.medianFirstResponseSeconds,
  slaMet: (r) => r.slaMetRate,
  interactionRatio: (r) => r.interactionRatio,
  followerGrowth: (r) => r.followerGrowth,
  apiCost: (r) => r.apiCostMicros,
  inbound: (r) => r.inbound,
};

// Clients without a figure go last in either direction: "no data" is neither best nor worst.
function comparator(sort: OverviewSort, dir: "asc" | "desc") {
  const value = SORT_VALUE[sort];
  const sign = dir === "asc" ? 1 : -1;
  return (a: OverviewRow, b: OverviewRow): number => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? a.name.localeCompare(b.name) : x === null ? 1 : -1;
    if (x < y) return -sign;
    if (x > y) return sign;
    return a.name.localeCompare(b.name);
  };
}
