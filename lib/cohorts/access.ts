import 'server-only';

import { and, eq } from 'drizzle-orm';

import { getDb } from '@/db';
import { cohortMembers, cohorts, type CohortRole } from '@/db/schema';
import type { Authorize } from '@/lib/action';

import { cohortNameColumns, scheduleColumns } from './columns';
import { roleMay, type CohortAbility } from './roles';
import type { ScheduleColumns } from './schedule';

/** A cohort as one of its people sees it: what it is, its schedule, and their role in it. */
export type CohortAccess = ScheduleColumns & {
  id: string;
  name: string;
  roadmapId: string;
  ownerId: string;
  role: CohortRole;
  /** When the owner archived it: nobody joins any more, the grid stays. */
  archivedAt: Date | null;
  /** Whether the owner lets members see each other's progress. */
  membersSeeEachOther: boolean;
  /** What the learner shares with it beyond statuses, and whether with its members (their choice). */
  sharesChecks: boolean;
  sharesTime: boolean;
  sharesWithMembers: boolean;
};

/**
 * The cohort `cohortId` with the learner's role in it, or null when they are not in it or it does
 * not exist: the two answer alike, so nobody learns which cohorts exist. One statement, the
 * membership checked inside it.
 */
export async function cohortAccessOf(
  cohortId: string,
  userId: string,
): Promise<CohortAccess | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      id: cohorts.id,
      ...cohortNameColumns,
      ownerId: cohorts.ownerId,
      archivedAt: cohorts.archivedAt,
      ...scheduleColumns,
      membersSeeEachOther: cohorts.membersSeeEachOther,
      role: cohortMembers.role,
      sharesChecks: cohortMembers.sharesChecks,
      sharesTime: cohortMembers.sharesTime,
      sharesWithMembers: cohortMembers.sharesWithMembers,
    })
    .from(cohorts)
    .innerJoin(
      cohortMembers,
      and(eq(cohortMembers.cohortId, cohorts.id), eq(cohortMembers.userId, userId)),
    )
    .where(eq(cohorts.id, cohortId))
    .limit(1);
  return row ?? null;
}

/**
 * The authorization step of every action on one cohort: the session's learner must be in the
 * cohort the input names, in a role that may do `ability`. It grants the handler the cohort.
 */
export const cohortAccess =
  (ability: CohortAbility): Authorize<{ cohortId: string }, { cohort: CohortAccess }> =>
  async (input, user) => {
    const cohort = await cohortAccessOf(input.cohortId, user.id);
    return cohort && roleMay(cohort.role, ability) ? { cohort } : false;
  };
