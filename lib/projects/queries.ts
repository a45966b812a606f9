import 'server-only';

import { and, eq, sql } from 'drizzle-orm';

import { getDb, type Transaction } from '@/db';
import { projectProgress } from '@/db/schema';
import { selectNewest } from '@/lib/progress/merge';

import { maxProjectRowsPerLearner } from './limits';
import type { ProjectStatus } from './status';

export type ProjectRow = {
  roadmapId: string;
  projectId: string;
  status: ProjectStatus;
  url: string | null;
  updatedAt: Date;
};

const rowColumns = {
  roadmapId: projectProgress.roadmapId,
  projectId: projectProgress.projectId,
  status: projectProgress.status,
  url: projectProgress.url,
  updatedAt: projectProgress.updatedAt,
};
const projectKey = [projectProgress.userId, projectProgress.roadmapId, projectProgress.projectId];
const keyOf = (row: { roadmapId: string; projectId: string }) =>
  `${row.roadmapId}/${row.projectId}`;

const ofUser = (userId: string, roadmapId?: string) =>
  roadmapId
    ? and(eq(projectProgress.userId, userId), eq(projectProgress.roadmapId, roadmapId))
    : eq(projectProgress.userId, userId);

/** The learner's project rows, on one roadmap or all (served by the primary key). */
export async function getProjectRows(userId: string, roadmapId?: string): Promise<ProjectRow[]> {
  const db = await getDb();
  return db
    .select(rowColumns)
    .from(projectProgress)
    .where(ofUser(userId, roadmapId))
    .limit(maxProjectRowsPerLearner());
}

/** Sets the session learner's status and link of one project, stamped when it happens. */
export async function writeProjectStatus(
  userId: string,
  change: { roadmapId: string; projectId: string; status: ProjectStatus; url: string | null },
): Promise<ProjectRow> {
  const db = await getDb();
  const [row] = await db
    .insert(projectProgress)
    .values({ userId, ...change, updatedAt: sql`clock_timestamp()` })
    .onConflictDoUpdate({
      target: projectKey,
      set: { status: change.status, url: change.url, updatedAt: sql`clock_timestamp()` },
    })
    .returning(rowColumns);
  return row!;
}

/**
 * Merges project entries kept elsewhere (the browser, an export file) into the account: per
 * project, the most recent change wins, as for topics. Returns how many projects changed.
 */
export async function mergeProjects(
  userId: string,
  entries: readonly ProjectRow[],
): Promise<number> {
  if (entries.length === 0) return 0;
  const db = await getDb();
  return db.transaction((tx) => mergeProjectsWithin(tx, userId, entries));
}

/** {@link mergeProjects} inside the caller's transaction (an import writes everything together). */
export async function mergeProjectsWithin(
  tx: Transaction,
  userId: string,
  entries: readonly ProjectRow[],
): Promise<number> {
  if (entries.length === 0) return 0;
  const current = await tx
    .select(rowColumns)
    .from(projectProgress)
    .where(ofUser(userId))
    .for('update');
  const winners = selectNewest(entries, new Map(current.map((row) => [keyOf(row), row])), keyOf);
  if (winners.length === 0) return 0;
  const written = await tx
    .insert(projectProgress)
    .values(
      winners.map(({ roadmapId, projectId, status, url, updatedAt }) => ({
        userId,
        roadmapId,
        projectId,
        status,
        url,
        updatedAt,
      })),
    )
    .onConflictDoUpdate({
      target: projectKey,
      set: {
        status: sql`excluded.status`,
        url: sql`excluded.url`,
        updatedAt: sql`excluded.updated_at`,
      },
      // A write that slipped in since the read above is newer still: it keeps its status.
      setWhere: sql`${projectProgress.updatedAt} < excluded.updated_at`,
    })
    .returning({ projectId: projectProgress.projectId });
  return written.length;
}
