import 'server-only';

import { and, asc, eq, inArray, sql } from 'drizzle-orm';

import { getDb } from '@/db';
import {
  checkAnswers,
  cohortMembers,
  progress,
  projectProgress,
  reviewCards,
  timeLog,
  users,
} from '@/db/schema';
import { addDays } from '@/lib/calendar/days';
import { questionCounts } from '@/lib/checks/answer-key';
import { topicKey } from '@/lib/checks/attempts';
import { getRoadmap, type Roadmap } from '@/lib/content';
import type { Day } from '@/lib/plan/calendar';

import type { CohortAccess } from './access';
import { arrangeRows, defaultGridOrder, isDefaultOrder, type GridOrder } from './arrange';
import {
  gridRows,
  type GridMember,
  type GridRow,
  type MemberProgress,
  type MemberShared,
  type MemberStepTotals,
} from './grid';
import { GRID_PAGE_SIZE, MAX_MEMBERS_PER_COHORT } from './limits';
import { countsStep, scheduleJudge } from './schedule';

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

/** A list of ids for `in (…)`. */
const idList = (ids: readonly string[]) =>
  sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
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

/** A member of the grid's slice, with what they chose to share beyond statuses. */
type SharingMember = GridMember & { sharesChecks: boolean; sharesTime: boolean };

/** Each topic of the roadmap that has a check, with how many questions an attempt asks today. */
const checkedTopicsOf = (roadmap: Roadmap) => {
  const counts = questionCounts();
  return JSON.stringify(
    roadmap.steps.flatMap((step) =>
      step.topics.flatMap((topic) => {
        const asked = counts.get(topicKey(roadmap.id, topic.id));
        return asked === undefined ? [] : [{ topic_id: topic.id, asked }];
      }),
    ),
  );
};

type SharedRow = {
  user_id: string;
  attempts: number | null;
  passed: number | null;
  reviews_overdue: number | null;
  minutes: number | null;
  minutes_this_week: number | null;
};

/**
 * What the members who share them have of checks and study time on the roadmap, added up by the
 * database: one statement, and none when nobody in the slice shares. An attempt passes as on the
 * learner's own pages (attempts.ts): every question it asked answered correctly; a review is
 * overdue when its day is before `today`; "this week" is the 7 days up to `today`.
 */
async function sharedOf(
  roadmap: Roadmap,
  members: readonly SharingMember[],
  today: Day,
): Promise<MemberShared[]> {
  const checkers = members.filter((member) => member.sharesChecks).map((member) => member.userId);
  const timers = members.filter((member) => member.sharesTime).map((member) => member.userId);
  const sharers = [...new Set([...checkers, ...timers])];
  if (sharers.length === 0) return [];
  // `in ('')` matches nobody: the list may be empty, the statement may not.
  const [checking, timing] = [checkers, timers].map((ids) => idList(ids.length ? ids : ['']));
  const db = await getDb();
  const { rows } = (await db.execute(sql`
    with checked as (
      select * from json_to_recordset(${checkedTopicsOf(roadmap)}::json)
        as topic(topic_id text, asked int)
    ), attempts as (
      select answer.user_id, count(*)::int as attempts,
        count(*) filter (where answer.correct = greatest(checked.asked, answer.answered))::int
          as passed
      from (
        select user_id, topic_id, count(*) filter (where correct) as correct, count(*) as answered
        from ${checkAnswers}
        where user_id in (${checking}) and roadmap_id = ${roadmap.id}
        group by user_id, attempt_id, topic_id
      ) as answer
      join checked on checked.topic_id = answer.topic_id
      group by answer.user_id
    ), overdue as (
      select card.user_id, count(*)::int as reviews_overdue
      from ${reviewCards} as card
      join checked on checked.topic_id = card.topic_id
      where card.user_id in (${checking}) and card.roadmap_id = ${roadmap.id}
        and card.due_on < ${today}
      group by card.user_id
    ), studied as (
      select user_id, sum(minutes)::int as minutes,
        coalesce(sum(minutes) filter (where day > ${addDays(today, -7)}), 0)::int
          as minutes_this_week
      from ${timeLog}
      where user_id in (${timing}) and roadmap_id = ${roadmap.id}
      group by user_id
    )
    select sharer.user_id, attempts.attempts, attempts.passed, overdue.reviews_overdue,
      studied.minutes, studied.minutes_this_week
    from (values ${sql.join(
      sharers.map((id) => sql`(${id})`),
      sql`, `,
    )}) as sharer(user_id)
    left join attempts on attempts.user_id = sharer.user_id
    left join overdue on overdue.user_id = sharer.user_id
    left join studied on studied.user_id = sharer.user_id`)) as unknown as { rows: SharedRow[] };
  const checks = new Set(checkers);
  const time = new Set(timers);
  return rows.map((row) => ({
    userId: row.user_id,
    checks: checks.has(row.user_id)
      ? {
          attempts: Number(row.attempts ?? 0),
          passed: Number(row.passed ?? 0),
          reviewsOverdue: Number(row.reviews_overdue ?? 0),
        }
      : null,
    studyTime: time.has(row.user_id)
      ? {
          minutes: Number(row.minutes ?? 0),
          minutesThisWeek: Number(row.minutes_this_week ?? 0),
        }
      : null,
  }));
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

/** The grid's rows of `members`, judged by the cohort's schedule on `today`. */
async function rowsOf(
  roadmap: Roadmap,
  members: SharingMember[],
  cohort: CohortAccess,
  today: Day,
) {
  const { countsOptional } = cohort;
  const memberProgress = await progressOf(roadmap, members, countsOptional, today);
  const judge = scheduleJudge(roadmap, cohort, today);
  return gridRows(roadmap, members, memberProgress, { countsOptional, judge });
}

/**
 * Members of the cohort (mentors and the owner are not learners in it), in login order from
 * `offset`, with their completion, and how many members it has. Four statements at most for any
 * slice of any cohort.
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
      sharesChecks: cohortMembers.sharesChecks,
      sharesTime: cohortMembers.sharesTime,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(cohortMembers)
    .innerJoin(users, eq(users.id, cohortMembers.userId))
    .where(and(eq(cohortMembers.cohortId, cohort.id), eq(cohortMembers.role, 'member')))
    .orderBy(sql`lower(${users.login})`, asc(cohortMembers.userId))
    .limit(limit)
    .offset(offset);
  const rows = roadmap ? await rowsOf(roadmap, members, cohort, today) : [];
  const total = members[0]?.total ?? 0;
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
