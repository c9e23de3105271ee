// All overview aggregations for a range, assembled into what the page draws.
import type { Db } from "@/lib/db/create-client";
import { SEND_OUTCOMES } from "@/lib/vocabulary/sends";
import { ENVIRONMENT_SENDER_ID } from "@/lib/vocabulary/sends";
import { describeRecipientResult, describeSendErrorCode } from "@/lib/wording/describe-failure";
import type { OverviewData, FailureReason, SenderTotal } from "../overview-data";
import type { OverviewRange } from "../range-schema";
import {
  countEnvironmentSends,
  countSendsByColumn,
  countSendsPerDay,
  countUnreachedRecipients,
} from "./overview-queries";
import {
  countEnvironmentSendsFromRollup,
  countSendsByColumnFromRollup,
  countSendsPerDayFromRollup,
  countUnreachedRecipientsFromRollup,
  rollupCovers,
} from "./rollup-queries";

export const TOP_TEMPLATES = 10;

export interface LoadOverviewOptions {
  timeZone: string;
  environmentSender: { label: string; number: string | null };
  /** Count the sends themselves even where the hourly rollup could answer (tests, benchmark). */
  fromSends?: boolean;
}

/** Most first; equal counts in a fixed order (by key), whichever source counted them. */
function byCount<T extends { count: number }>(key: (item: T) => string) {
  return (a: T, b: T) => b.count - a.count || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}

/** The hourly rollup where the range's days are whole hours, else the sends themselves. */
function sourceOf(range: OverviewRange, options: LoadOverviewOptions) {
  if (!options.fromSends && rollupCovers(range, options.timeZone)) {
    return {
      perDay: countSendsPerDayFromRollup,
      byColumn: countSendsByColumnFromRollup,
      environment: countEnvironmentSendsFromRollup,
      unreached: countUnreachedRecipientsFromRollup,
    };
  }
  return {
    perDay: countSendsPerDay,
    byColumn: countSendsByColumn,
    environment: countEnvironmentSends,
    unreached: countUnreachedRecipients,
  };
}

export async function loadOverview(
  db: Db,
  range: OverviewRange,
  options: LoadOverviewOptions,
): Promise<OverviewData> {
  const { timeZone } = options;
  const source = sourceOf(range, options);
  // One SQLite connection runs them one after another; written in parallel for other databases.
  const [days, codes, unreached, templates, senderCounts, environmentCount, senderRows] =
    await Promise.all([
      source.perDay(db, range, timeZone),
      source.byColumn(db, "errorCode", range, timeZone),
      source.unreached(db, range, timeZone),
      source.byColumn(db, "templateName", range, timeZone),
      source.byColumn(db, "senderNumberId", range, timeZone),
      source.environment(db, range, timeZone),
      db.senderNumber.findMany({ select: { id: true, label: true, number: true } }),
    ]);

  const totals = {
    all: 0,
    ...Object.fromEntries(SEND_OUTCOMES.map((o) => [o, 0])),
  } as OverviewData["totals"];
  for (const day of days) {
    for (const outcome of SEND_OUTCOMES) {
      totals[outcome] += day[outcome];
      totals.all += day[outcome];
    }
  }

  const failureReasons: FailureReason[] = [
    ...codes.map(({ value, count }) => {
      const info = describeSendErrorCode(value);
      return {
        code: value,
        title: info.title,
        meaning: info.meaning,
        count,
        unit: "sends" as const,
      };
    }),
    ...unreached
      .filter((r) => r.count > 0)
      .map(({ status, count }) => {
        const info = describeRecipientResult(status, null)!;
        return {
          code: status,
          title: info.title,
          meaning: info.meaning,
          count,
          unit: "recipients" as const,
        };
      }),
  ].sort(byCount((r) => r.code));

  const byId = new Map(senderRows.map((s) => [s.id, s]));
  const senders: SenderTotal[] = senderCounts.map(({ value, count }) => ({
    id: value,
    label: byId.get(value)?.label ?? "Unknown sender",
    number: byId.get(value)?.number ?? null,
    count,
  }));
  if (environmentCount > 0) {
    senders.push({
      id: ENVIRONMENT_SENDER_ID,
      ...options.environmentSender,
      count: environmentCount,
    });
  }
  senders.sort(byCount((s) => s.id));

  return {
    from: range.from,
    to: range.to,
    days,
    totals,
    failureReasons,
    templates: [...templates]
      .sort(byCount((t) => t.value))
      .slice(0, TOP_TEMPLATES)
      .map(({ value, count }) => ({ name: value, count })),
    senders,
  };
}
