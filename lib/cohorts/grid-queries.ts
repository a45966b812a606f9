import 'server-only';

import { and, asc, eq, inArray, sql } from 'drizzle-orm';

import { getDb } from '@/db';
import { cohortMembers, progress, projectProgress, users } from '@/db/schema';
import { getRoadmap, type Roadmap } from '@/lib/content';
import type { Day } from '@/lib/plan/calendar';

import type { CohortAccess } from './access';
import {
  gridRows,
  type GridCounting,
  type GridMember,
  type GridRow,
  type MemberProgress,
} from './grid';
import { GRID_PAGE_SIZE, MAX_MEMBERS_PER_COHORT } from './limits';
import { scheduleJudge } from './schedule';

/**
 * The reads of the members' grid: who is in a slice of the cohort, and what they share of their
 * progress. Three statements for any slice of any cohort.
 */

/** The statuses of `userIds` on the cohort's roadmap's current topics: all a cohort may read. */
async function statusesOf(roadmapId: string, userIds: string[]) {
  const roadmap = getRoadmap(roadmapId);
  if (!roadmap || userIds.length === 0) return [];
  const topicIds = roadmap.steps.flatMap((step) => step.topics.map((topic) => topic.id));
  const db = await getDb();
  return db
    .select({
      userId: progress.userId,
      topicId: progress.topicId,
      status: progress.status,
      updatedAt: progress.updatedAt,
    })
    .from(progress)
    .where(
      and(
        inArray(progress.userId, userIds),
        eq(progress.roadmapId, roadmapId),
        inArray(progress.topicId, topicIds),
      ),
    )
    .limit(userIds.length * topicIds.length);
}

/** The step projects of `userIds` on the roadmap, with their links: what joining shares. */
async function projectsOf(roadmapId: string, userIds: string[]) {
  const roadmap = getRoadmap(roadmapId);
  if (!roadmap || userIds.length === 0) return [];
  const projectIds = roadmap.steps.map((step) => step.project.id);
  const db = await getDb();
  return db
    .select({
      userId: projectProgress.userId,
      projectId: projectProgress.projectId,
      status: projectProgress.status,
      url: projectProgress.url,
    })
    .from(projectProgress)
    .where(
      and(
        inArray(projectProgress.userId, userIds),
        eq(projectProgress.roadmapId, roadmapId),
        inArray(projectProgress.projectId, projectIds),
      ),
    )
    .limit(userIds.length * projectIds.length);
}

/** What the grid reads of `userIds`: two statements, run side by side. */
async function progressOf(roadmapId: string, userIds: string[]): Promise<MemberProgress> {
  const [statuses, projects] = await Promise.all([
    statusesOf(roadmapId, userIds),
    projectsOf(roadmapId, userIds),
  ]);
  return { statuses, projects };
}

export type GridPage = { rows: GridRow[]; members: number };

/** What the cohort counts, and how its schedule judges its members on `today`. */
const countingOf = (cohort: CohortAccess, roadmap: Roadmap, today: Day): GridCounting => ({
  countsOptional: cohort.countsOptional,
  judge: scheduleJudge(roadmap, cohort, today),
});

/**
 * Members of the cohort (mentors and the owner are not learners in it), in login order from
 * `offset`, with their completion, and how many members it has. Three statements for any slice
 * of any cohort.
 */
async function gridSlice(
  cohort: CohortAccess,
  today: Day,
  limit: number,
  offset: number,
): Promise<GridPage> {
  const roadmap = getRoadmap(cohort.roadmapId);
  const db = await getDb();
  const members = await db
    .select({
      userId: cohortMembers.userId,
      login: users.login,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(cohortMembers)
    .innerJoin(users, eq(users.id, cohortMembers.userId))
    .where(and(eq(cohortMembers.cohortId, cohort.id), eq(cohortMembers.role, 'member')))
    .orderBy(sql`lower(${users.login})`, asc(cohortMembers.userId))
    .limit(limit)
    .offset(offset);
  const memberProgress = await progressOf(
    cohort.roadmapId,
    members.map((member) => member.userId),
  );
  const rows = roadmap
    ? gridRows(roadmap, members, memberProgress, new Date(), countingOf(cohort, roadmap, today))
    : [];
  return { rows, members: members[0]?.total ?? 0 };
}

/** One page of the grid, as the cohort's page shows it on the viewer's `today`. */
export const gridPage = (cohort: CohortAccess, today: Day, page: number) =>
  gridSlice(cohort, today, GRID_PAGE_SIZE, (page - 1) * GRID_PAGE_SIZE);

/** Every member's row, for the CSV download: bounded by the cohort's ceiling of members. */
export const everyMemberRow = async (cohort: CohortAccess, today: Day) =>
  (await gridSlice(cohort, today, MAX_MEMBERS_PER_COHORT, 0)).rows;

/** The learner's own row of the grid: where they stand, as the cohort sees it. */
export async function ownStanding(
  cohort: CohortAccess,
  member: GridMember,
  today: Day,
): Promise<GridRow | null> {
  const roadmap = getRoadmap(cohort.roadmapId);
  if (!roadmap) return null;
  const memberProgress = await progressOf(cohort.roadmapId, [member.userId]);
  const counting = countingOf(cohort, roadmap, today);
  return gridRows(roadmap, [member], memberProgress, new Date(), counting)[0]!;
}
