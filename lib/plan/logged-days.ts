import 'server-only';

import { desc, eq } from 'drizzle-orm';

import { getDb, type Database } from '@/db';
import { timeLog } from '@/db/schema';

import type { Day } from './calendar';
import { MAX_TIME_LOG_ROWS } from './limits';

/** The learner's days with any time logged, newest first (the streak counts them as study). */
export async function getLoggedDays(userId: string): Promise<Day[]> {
  const rows = await loggedDaysQuery(await getDb(), userId);
  return rows.map((row) => row.day);
}

/**
 * The query behind {@link getLoggedDays}, unexecuted, so the benchmark can EXPLAIN it: served by
 * the (user_id, day) index, at most one day per row the learner can keep.
 */
export function loggedDaysQuery(db: Database, userId: string) {
  return db
    .selectDistinct({ day: timeLog.day })
    .from(timeLog)
    .where(eq(timeLog.userId, userId))
    .orderBy(desc(timeLog.day))
    .limit(MAX_TIME_LOG_ROWS);
}
