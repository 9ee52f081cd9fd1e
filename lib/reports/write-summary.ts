import { rateBand, SOCIAL_BANDS, socialBand } from "@/lib/metrics/definitions";
import { deriveMetrics } from "@/lib/metrics/metric-totals";
import { formatCount, formatDuration, formatPercent, formatSignedCount } from "./format";
import type { PeriodFigures, ReportSummary, SummaryPoint } from "./report-types";

const MAX_POINTS = 5;

/**
 * The plain-language summary at the top of the report: a verdict on whether the account was social,
 * then what stood out — problems first, each with something to do about it.
 */
export function writeSummary(current: PeriodFigures, previous: PeriodFigures | null, slaMinutes: number): ReportSummary {
  const now = deriveMetrics(current);
  const before = previous ? deriveMetrics(previous) : null;
  if (now.inbound === 0 && now.ownTotal === 0) {
    return {
      headline: "No activity this month",
      band: "quiet",
      points: [{ tone: "info", text: "Nobody wrote to the brand on X and it posted nothing. A few posts that invite replies — a question, a poll, a behind-the-scenes photo — would start the conversation." }],
    };
  }

  const band = socialBand(now.interactionRatio);
  const ratio = formatPercent(now.interactionRatio);
  const headline =
    band === "social"
      ? `A social month: ${ratio} of posts were conversation`
      : band === "mixed"
        ? `Partly social: ${ratio} of posts were conversation`
        : band === "broadcasting"
          ? `Mostly broadcasting: only ${ratio} of posts were conversation`
          : `Silent this month: ${formatCount(now.inbound)} posts from people, and no posts or replies from the brand`;

  const warn: SummaryPoint[] = [];
  const good: SummaryPoint[] = [];
  const info: SummaryPoint[] = [];

  const answering = rateBand(now.responseRate);
  if (answering === "poor") {
    warn.push({
      tone: "warn",
      text: `${formatCount(now.unanswered)} of ${formatCount(current.neededAnswer)} posts that needed an answer got none (response rate ${formatPercent(now.responseRate)}). Answering them, even late, shows people someone is listening.`,
    });
  } else if (answering === "fair") {
    info.push({ tone: "info", text: `The brand answered ${formatPercent(now.responseRate)} of the ${formatCount(current.neededAnswer)} posts that needed an answer; ${formatCount(now.unanswered)} got none.` });
  } else if (answering === "good") {
    good.push({ tone: "good", text: `The brand answered ${formatPercent(now.responseRate)} of the ${formatCount(current.neededAnswer)} posts that needed an answer.` });
  }

  const target = slaMinutes * 60;
  const median = current.medianFirstResponseSeconds;
  // Answers given out of hours, before the client's business day began, took no business time at all.
  const halfWithin = (seconds: number) =>
    seconds < 1 ? "Half of all first answers went out before any business time had passed (out of hours)" : `Half of all first answers went out within ${formatDuration(seconds)} of business time`;
  const onTime = rateBand(now.slaMetRate);
  if (median !== null && median > target) {
    warn.push({
      tone: "warn",
      text: `First responses were slow: half took more than ${formatDuration(median)} of business time, against a ${formatDuration(target)} target (met ${formatPercent(now.slaMetRate)} of the time).`,
    });
  } else if (median !== null && (onTime === "poor" || onTime === "fair")) {
    (onTime === "poor" ? warn : info).push({
      tone: onTime === "poor" ? "warn" : "info",
      text: `${halfWithin(median)}, but only ${formatPercent(now.slaMetRate)} of posts got one within the ${formatDuration(target)} target: ${formatCount(current.slaBreached)} missed it, answered late or not at all.`,
    });
  } else if (median !== null) {
    good.push({ tone: "good", text: `${halfWithin(median)} (target ${formatDuration(target)}; met ${formatPercent(now.slaMetRate)} of the time).` });
  }

  if (band === "broadcasting" || band === "mixed") {
    warn.push({
      tone: "warn",
      text: `Only ${formatCount(now.interactions)} of ${formatCount(now.ownTotal)} posts were replies, reposts or quotes. Replying to people who mention the brand and reposting customers would lift the interaction ratio towards ${formatPercent(SOCIAL_BANDS.social)}.`,
    });
  }
  if (now.ownTotal >= 5 && current.ownLink / now.ownTotal > 0.4) {
    warn.push({
      tone: "warn",
      text: `${formatCount(current.ownLink)} of ${formatCount(now.ownTotal)} posts were link broadcasts. Posts with links start fewer conversations; a question or a reply often does more.`,
    });
  }

  if (now.reciprocity !== null && current.ownReplies >= 5) {
    (now.reciprocity >= 0.25 ? good : info).push({
      tone: now.reciprocity >= 0.25 ? "good" : "info",
      text: `${formatPercent(now.reciprocity)} of the brand's replies got a reply back${now.reciprocity >= 0.25 ? ": people are talking with the brand, not just at it" : ". Ending replies with a question invites people to continue"}.`,
    });
  }

  if (current.followers !== null && current.followersStart !== null) {
    const growth = current.followers - current.followersStart;
    if (growth !== 0) {
      (growth > 0 ? good : info).push({
        tone: growth > 0 ? "good" : "info",
        text: `${formatSignedCount(growth)} followers this month (now ${formatCount(current.followers)}).`,
      });
    }
  }

  if (before?.responseRate != null && now.responseRate !== null) {
    const change = now.responseRate - before.responseRate;
    if (Math.abs(change) >= 0.05) {
      info.push({ tone: "info", text: `Response rate ${change > 0 ? "rose" : "fell"} from ${formatPercent(before.responseRate)} last month to ${formatPercent(now.responseRate)}.` });
    }
  }

  return { headline, band: band ?? "quiet", points: [...warn, ...good, ...info].slice(0, MAX_POINTS) };
}
