import 'server-only';

import { eq, sql } from 'drizzle-orm';

import { getDb, type Database, type Transaction } from '@/db';
import { progressEvents } from '@/db/schema';

import type { DayActivity } from './activity';
import { MAX_HISTORY_ENTRIES } from './limits';
import type { ProgressRow } from './status';

type HistorySource = (typeof progressEvents.source.enumValues)[number];

/** Appends the changes just written to the history, inside the same transaction. */
export async function recordHistory(
  tx: Transaction,
  userId: string,
  rows: ProgressRow[],
  source: HistorySource,
) {
  if (rows.length === 0) return;
  await tx.insert(progressEvents).values(
    rows.map((row) => ({
      userId,
      roadmapId: row.roadmapId,
      topicId: row.topicId,
      status: row.status,
      source,
      changedAt: row.updatedAt,
    })),
  );
}

/** The history is trimmed by about one status write in this many, and after every bulk write. */
export const TRIM_HISTORY_ONE_IN = 100;

/**
 * Drops the learner's oldest history entries beyond {@link MAX_HISTORY_ENTRIES} (by when the
 * change happened), so the history has a ceiling however long or fast a learner writes.
 */
export async function trimHistory(db: Database | Transaction, userId: string) {
  await db.execute(sql`
    delete from ${progressEvents} where id in (
      select id from ${progressEvents} where user_id = ${userId}
      order by changed_at desc, id desc offset ${MAX_HISTORY_ENTRIES})`);
}

/** Changes per calendar day in the learner's time zone, counted by the database. */
export async function getActivityByDay(userId: string, timeZone: string): Promise<DayActivity[]> {
  return activityByDayQuery(await getDb(), userId, timeZone);
}

/** The query behind {@link getActivityByDay}, unexecuted, so the benchmark can EXPLAIN it. */
export function activityByDayQuery(db: Database, userId: string, timeZone: string) {
  const day = sql<string>`to_char(${progressEvents.changedAt} at time zone ${timeZone}, 'YYYY-MM-DD')`;
  return (
    db
      .select({
        day,
        changes: sql<number>`count(*)::int`,
        done: sql<number>`(count(*) filter (where ${progressEvents.status} = 'done'))::int`,
      })
      .from(progressEvents)
      .where(eq(progressEvents.userId, userId))
      // By position: the same expression twice would bind the time zone as two parameters, which
      // PostgreSQL does not see as one grouping expression.
      .groupBy(sql`1`)
      .orderBy(sql`1`)
      // At most one day per history entry kept.
      .limit(MAX_HISTORY_ENTRIES)
  );
}
