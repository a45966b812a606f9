import 'server-only';

import { and, asc, eq, inArray, sql } from 'drizzle-orm';

import { getDb } from '@/db';
import { cohortMembers, progress, projectProgress, users } from '@/db/schema';
import { getRoadmap, type Roadmap } from '@/lib/content';
import type { Day } from '@/lib/plan/calendar';

import type { CohortAccess } from './access';
import { arrangeRows, defaultGridOrder, isDefaultOrder, type GridOrder } from './arrange';
import { sharingMemberColumns } from './columns';
import {
  gridRows,
  type GridMember,
  type GridRow,
  type MemberProgress,
  type MemberStepTotals,
} from './grid';
import { idList } from './id-list';
import { GRID_PAGE_SIZE, MAX_MEMBERS_PER_COHORT } from './limits';
import { countsStep, scheduleJudge } from './schedule';
import { sharedOf, type SharingMember } from './shared-queries';

/**
 * The reads of the members' grid: who is in a slice of the cohort, and what they share of their
 * progress, added up per step by the database. Four statements at most for any slice of any cohort.
 */

/** The window of "done in the last 7 days", which the grid's query counts in. */
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** Each current topic of the roadmap: its step, and the hours it counts for (none if not counted). */
const topicsOf = (roadmap: Roadmap, countsOptional: boolean) =>
  JSON.stringify(
    roadmap.steps.flatMap((step, index) =>
      step.topics.map((topic) => ({
        topic_id: topic.id,
        step: index,
        hours: countsStep(step, countsOptional) ? topic.hours : 0,
      })),
    ),
  );

type StepTotalsRow = {
  user_id: string;
  step: number;
  done: number;
  done_hours: number;
  done_this_week: number;
  last_active: Date | string;
};

/**
 * What the members `userIds` did on each step of the roadmap, added up by the database: at most
 * a row per member and step, whatever the roadmap's topics (a status of a retired topic joins no
 * topic and counts nowhere).
 */
async function stepTotalsOf(
  roadmap: Roadmap,
  userIds: string[],
  countsOptional: boolean,
  now: Date,
): Promise<MemberStepTotals[]> {
  if (userIds.length === 0) return [];
  const weekStart = new Date(now.getTime() - WEEK_MS);
  const db = await getDb();
  const { rows } = (await db.execute(sql`
    select p.user_id, topic.step,
      count(*) filter (where p.status = 'done')::int as done,
      coalesce(sum(topic.hours) filter (where p.status = 'done'), 0)::float8 as done_hours,
      count(*) filter (where p.status = 'done' and p.updated_at > ${weekStart})::int
        as done_this_week,
      max(p.updated_at) as last_active
    from ${progress} as p
    join json_to_recordset(${topicsOf(roadmap, countsOptional)}::json)
      as topic(topic_id text, step int, hours float8) on topic.topic_id = p.topic_id
    where p.user_id in (${idList(userIds)})
      and p.roadmap_id = ${roadmap.id}
    group by p.user_id, topic.step
    limit ${userIds.length * roadmap.steps.length}`)) as unknown as { rows: StepTotalsRow[] };
  return rows.map((row) => ({
    userId: row.user_id,
    step: Number(row.step),
    done: Number(row.done),
    doneHours: Number(row.done_hours),
    doneThisWeek: Number(row.done_this_week),
    lastActive: new Date(row.last_active),
  }));
}

/** The step projects of `userIds` on the roadmap, with their links: what joining shares. */
async function projectsOf(roadmap: Roadmap, userIds: string[]) {
  if (userIds.length === 0) return [];
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
        eq(projectProgress.roadmapId, roadmap.id),
        inArray(projectProgress.projectId, projectIds),
      ),
    )
    .limit(userIds.length * projectIds.length);
}

/** What the grid reads of `members`: up to three statements, run side by side. */
async function progressOf(
  roadmap: Roadmap,
  members: readonly SharingMember[],
  countsOptional: boolean,
  today: Day,
): Promise<MemberProgress> {
  const userIds = members.map((member) => member.userId);
  const [stepTotals, projects, shared] = await Promise.all([
    stepTotalsOf(roadmap, userIds, countsOptional, new Date()),
    projectsOf(roadmap, userIds),
    sharedOf(roadmap, members, today),
  ]);
  return { stepTotals, projects, shared };
}

/** A page of the grid: its rows, the cohort's members, and how many of them the filter keeps. */
export type GridPage = { rows: GridRow[]; members: number; shown: number };

/**
 * The grid's rows of `members`, judged by the cohort's schedule on `today`, with what they were
 * computed from (a member's page also lists their projects without links).
 */
export async function rowsWithProgressOf(
  roadmap: Roadmap,
  members: SharingMember[],
  cohort: CohortAccess,
  today: Day,
) {
  const { countsOptional } = cohort;
  const memberProgress = await progressOf(roadmap, members, countsOptional, today);
  const judge = scheduleJudge(roadmap, cohort, today);
  const rows = gridRows(roadmap, members, memberProgress, { countsOptional, judge });
  return { rows, memberProgress };
}

const rowsOf = async (...args: Parameters<typeof rowsWithProgressOf>) =>
  (await rowsWithProgressOf(...args)).rows;

/**
 * Members of the cohort (mentors and the owner are not learners in it), in login order from
 * `offset`, with their completion, and how many members it has: every member for the owner and
 * mentors, those who show their progress to the members for a member. Four statements at most
 * for any slice of any cohort.
 */
async function gridSlice(
  cohort: CohortAccess,
  today: Day,
  limit: number,
  offset: number,
  audience: 'staff' | 'members' = 'staff',
): Promise<GridPage> {
  const roadmap = getRoadmap(cohort.roadmapId);
  const db = await getDb();
  const shown = and(
    eq(cohortMembers.cohortId, cohort.id),
    eq(cohortMembers.role, 'member'),
    // The other members see only those who chose to show them what they share.
    audience === 'members' ? eq(cohortMembers.sharesWithMembers, true) : undefined,
  );
  const members = await db
    .select({
      ...sharingMemberColumns,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(cohortMembers)
    .innerJoin(users, eq(users.id, cohortMembers.userId))
    .where(shown)
    .orderBy(sql`lower(${users.login})`, asc(cohortMembers.userId))
    .limit(limit)
    .offset(offset);
  const rows = roadmap ? await rowsOf(roadmap, members, cohort, today) : [];
  // A page past the last holds nobody to count them by: only then are they counted apart.
  const total = members[0]?.total ?? (offset > 0 ? await db.$count(cohortMembers, shown) : 0);
  return { rows, members: total, shown: total };
}

/**
 * One page of the grid, as the cohort's page shows it on the viewer's `today`. In the default
 * order the database pages it; another order or a filter needs every member's row (bounded by the
 * ceiling of members, as the CSV), arranged, then the page cut from it.
 */
export async function gridPage(
  cohort: CohortAccess,
  today: Day,
  page: number,
  order: GridOrder = defaultGridOrder,
): Promise<GridPage> {
  const offset = (page - 1) * GRID_PAGE_SIZE;
  if (isDefaultOrder(order)) return gridSlice(cohort, today, GRID_PAGE_SIZE, offset);
  const every = await gridSlice(cohort, today, MAX_MEMBERS_PER_COHORT, 0);
  const arranged = arrangeRows(every.rows, order, new Date());
  return {
    rows: arranged.slice(offset, offset + GRID_PAGE_SIZE),
    members: every.members,
    shown: arranged.length,
  };
}

/**
 * One page of the members who show their progress to the other members, as a member sees it when
 * the owner lets members see each other (the caller checks that); in name order.
 */
export const fellowMembersPage = (cohort: CohortAccess, today: Day, page: number) =>
  gridSlice(cohort, today, GRID_PAGE_SIZE, (page - 1) * GRID_PAGE_SIZE, 'members');

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
  // Their own row shows where they stand, not what they share: no read of checks or time.
  const own = { ...member, sharesChecks: false, sharesTime: false };
  return (await rowsOf(roadmap, [own], cohort, today))[0]!;
}
