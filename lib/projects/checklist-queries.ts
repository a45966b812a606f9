import 'server-only';

import { sql } from 'drizzle-orm';

import { getDb, type Transaction } from '@/db';
import { learnerRows } from '@/db/learner-rows';
import { projectChecklists } from '@/db/schema';
import { selectNewest } from '@/lib/progress/merge';

import { maxProjectRowsPerLearner } from './limits';

export type ChecklistRow = {
  roadmapId: string;
  projectId: string;
  ticked: string[];
  updatedAt: Date;
};

const rowColumns = {
  roadmapId: projectChecklists.roadmapId,
  projectId: projectChecklists.projectId,
  ticked: projectChecklists.ticked,
  updatedAt: projectChecklists.updatedAt,
};
const checklistKey = [
  projectChecklists.userId,
  projectChecklists.roadmapId,
  projectChecklists.projectId,
];
const keyOf = (row: { roadmapId: string; projectId: string }) =>
  `${row.roadmapId}/${row.projectId}`;

/** The learner's checklists, on one roadmap or all: at most one row per project of the content. */
export async function getChecklistRows(
  userId: string,
  roadmapId?: string,
): Promise<ChecklistRow[]> {
  const db = await getDb();
  return db
    .select(rowColumns)
    .from(projectChecklists)
    .where(learnerRows(projectChecklists, userId, roadmapId))
    .limit(maxProjectRowsPerLearner());
}

/** Sets which items of one project the session learner has ticked, stamped when it happens. */
export async function writeChecklist(
  userId: string,
  change: { roadmapId: string; projectId: string; ticked: string[] },
): Promise<ChecklistRow> {
  const db = await getDb();
  const [row] = await db
    .insert(projectChecklists)
    .values({ userId, ...change, updatedAt: sql`clock_timestamp()` })
    .onConflictDoUpdate({
      target: checklistKey,
      set: { ticked: change.ticked, updatedAt: sql`clock_timestamp()` },
    })
    .returning(rowColumns);
  return row!;
}

/**
 * Merges checklists kept elsewhere (the browser, an export file) into the account: per project,
 * the most recent change wins, as for project status. Returns how many checklists changed.
 */
export async function mergeChecklists(
  userId: string,
  entries: readonly ChecklistRow[],
): Promise<number> {
  if (entries.length === 0) return 0;
  const db = await getDb();
  return db.transaction((tx) => mergeChecklistsWithin(tx, userId, entries));
}

/** {@link mergeChecklists} inside the caller's transaction (an import writes everything together). */
export async function mergeChecklistsWithin(
  tx: Transaction,
  userId: string,
  entries: readonly ChecklistRow[],
): Promise<number> {
  if (entries.length === 0) return 0;
  const current = await tx
    .select(rowColumns)
    .from(projectChecklists)
    .where(learnerRows(projectChecklists, userId))
    .for('update');
  const winners = selectNewest(entries, new Map(current.map((row) => [keyOf(row), row])), keyOf);
  if (winners.length === 0) return 0;
  const written = await tx
    .insert(projectChecklists)
    .values(
      winners.map(({ roadmapId, projectId, ticked, updatedAt }) => ({
        userId,
        roadmapId,
        projectId,
        ticked,
        updatedAt,
      })),
    )
    .onConflictDoUpdate({
      target: checklistKey,
      set: { ticked: sql`excluded.ticked`, updatedAt: sql`excluded.updated_at` },
      // A tick that slipped in since the read above is newer still: it stays.
      setWhere: sql`${projectChecklists.updatedAt} < excluded.updated_at`,
    })
    .returning({ projectId: projectChecklists.projectId });
  return written.length;
}
