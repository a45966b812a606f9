import 'server-only';

import { asc, eq } from 'drizzle-orm';

import { getDb } from '@/db';
import { cohortMembers, cohorts } from '@/db/schema';

import { cohortNameColumns } from './columns';
import type { CohortExportEntry } from './export-entry';
import { MAX_MEMBERSHIPS_PER_LEARNER } from './limits';

/** The learner's cohorts for their export, in the order they joined: one bounded statement. */
export async function cohortExport(userId: string): Promise<CohortExportEntry[]> {
  const db = await getDb();
  const rows = await db
    .select({
      ...cohortNameColumns,
      role: cohortMembers.role,
      joinedAt: cohortMembers.joinedAt,
      archivedAt: cohorts.archivedAt,
      sharesChecks: cohortMembers.sharesChecks,
      sharesTime: cohortMembers.sharesTime,
      sharesWithMembers: cohortMembers.sharesWithMembers,
    })
    .from(cohortMembers)
    .innerJoin(cohorts, eq(cohorts.id, cohortMembers.cohortId))
    .where(eq(cohortMembers.userId, userId))
    .orderBy(asc(cohortMembers.joinedAt), asc(cohorts.id))
    .limit(MAX_MEMBERSHIPS_PER_LEARNER);
  return rows.map((row) => ({
    ...row,
    joinedAt: row.joinedAt.toISOString(),
    archivedAt: row.archivedAt?.toISOString() ?? null,
  }));
}
