import 'server-only';

import { asc, eq, sql } from 'drizzle-orm';

import { getDb, type Transaction } from '@/db';
import { studyPlanVersions, timeLog } from '@/db/schema';

import type { PlanExport } from './export';
import { MAX_PLAN_VERSIONS, MAX_TIME_LOG_ROWS } from './limits';
import { planVersionColumns } from './queries';

/** The learner's plans and logged time in the export format (never the feed token). */
export async function getPlanExport(userId: string): Promise<PlanExport> {
  const db = await getDb();
  const [versions, time] = await Promise.all([
    db
      .select(planVersionColumns)
      .from(studyPlanVersions)
      .where(eq(studyPlanVersions.userId, userId))
      .orderBy(asc(studyPlanVersions.roadmapId), asc(studyPlanVersions.startsOn))
      .limit(MAX_PLAN_VERSIONS),
    db
      .select({
        roadmapId: timeLog.roadmapId,
        topicId: timeLog.topicId,
        day: timeLog.day,
        minutes: timeLog.minutes,
      })
      .from(timeLog)
      .where(eq(timeLog.userId, userId))
      .orderBy(asc(timeLog.day), asc(timeLog.roadmapId), asc(timeLog.topicId))
      .limit(MAX_TIME_LOG_ROWS),
  ]);
  return {
    versions: versions.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })),
    time,
  };
}

/**
 * Merges imported plans and time into the account, inside the import's transaction. A plan
 * version replaces the account's for the same roadmap and day only if it was made later (the
 * most recent wins, as for progress); a day's time on a topic keeps the larger of the two totals,
 * so importing the same file twice changes nothing. Returns how many rows changed.
 */
export async function mergePlansWithin(
  tx: Transaction,
  userId: string,
  plans: PlanExport,
): Promise<number> {
  let changed = 0;
  if (plans.versions.length > 0) {
    const rows = await tx
      .insert(studyPlanVersions)
      .values(
        plans.versions.map((version) => ({
          ...version,
          userId,
          createdAt: new Date(Math.min(Date.parse(version.createdAt), Date.now())),
        })),
      )
      .onConflictDoUpdate({
        target: [studyPlanVersions.userId, studyPlanVersions.roadmapId, studyPlanVersions.startsOn],
        set: {
          minutesPerWeek: sql`excluded.minutes_per_week`,
          studyDays: sql`excluded.study_days`,
          targetDate: sql`excluded.target_date`,
          createdAt: sql`excluded.created_at`,
        },
        setWhere: sql`${studyPlanVersions.createdAt} < excluded.created_at`,
      })
      .returning({ roadmapId: studyPlanVersions.roadmapId });
    changed += rows.length;
  }
  if (plans.time.length > 0) {
    const rows = await tx
      .insert(timeLog)
      .values(plans.time.map((entry) => ({ ...entry, userId })))
      .onConflictDoUpdate({
        target: [timeLog.userId, timeLog.roadmapId, timeLog.topicId, timeLog.day],
        set: { minutes: sql`excluded.minutes`, updatedAt: sql`now()` },
        setWhere: sql`${timeLog.minutes} < excluded.minutes`,
      })
      .returning({ roadmapId: timeLog.roadmapId });
    changed += rows.length;
  }
  return changed;
}
