import 'server-only';

import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';

import { getDb } from '@/db';
import {
  cohortInvites,
  cohortMembers,
  cohorts,
  progress,
  users,
  type CohortRole,
} from '@/db/schema';
import { getRoadmap } from '@/lib/content';

import type { CohortAccess } from './access';
import { cohortNameColumns, inviteStateColumns } from './columns';
import { gridRows, type GridMember, type GridRow } from './grid';
import { inviteProblem, type InviteProblem } from './invites';
import {
  GRID_PAGE_SIZE,
  MAX_LIVE_INVITES_PER_COHORT,
  MAX_MEMBERS_PER_COHORT,
  MAX_MEMBERSHIPS_PER_LEARNER,
} from './limits';
import { liveInvite } from './queries';
import { roleMay } from './roles';

/** The reads of the cohort pages; each is one statement, whatever the cohort's size. */

export type MyCohort = {
  id: string;
  name: string;
  roadmapId: string;
  role: CohortRole;
  archivedAt: Date | null;
};

/** The cohorts the learner runs or belongs to, newest membership first. */
export async function myCohorts(userId: string): Promise<MyCohort[]> {
  const db = await getDb();
  return db
    .select({
      id: cohorts.id,
      ...cohortNameColumns,
      role: cohortMembers.role,
      archivedAt: cohorts.archivedAt,
    })
    .from(cohortMembers)
    .innerJoin(cohorts, eq(cohorts.id, cohortMembers.cohortId))
    .where(eq(cohortMembers.userId, userId))
    .orderBy(desc(cohortMembers.joinedAt))
    .limit(MAX_MEMBERSHIPS_PER_LEARNER);
}

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

export type GridPage = { rows: GridRow[]; members: number };

/**
 * Members of the cohort (mentors and the owner are not learners in it), in login order from
 * `offset`, with their completion, and how many members it has. Two statements for any slice of
 * any cohort.
 */
async function gridSlice(cohort: CohortAccess, limit: number, offset: number): Promise<GridPage> {
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
  const statuses = await statusesOf(
    cohort.roadmapId,
    members.map((member) => member.userId),
  );
  const rows = roadmap ? gridRows(roadmap, members, statuses, new Date()) : [];
  return { rows, members: members[0]?.total ?? 0 };
}

/** One page of the grid, as the cohort's page shows it. */
export const gridPage = (cohort: CohortAccess, page: number) =>
  gridSlice(cohort, GRID_PAGE_SIZE, (page - 1) * GRID_PAGE_SIZE);

/** Every member's row, for the CSV download: bounded by the cohort's ceiling of members. */
export const everyMemberRow = async (cohort: CohortAccess) =>
  (await gridSlice(cohort, MAX_MEMBERS_PER_COHORT, 0)).rows;

/** The learner's own row of the grid: where they stand, as the cohort sees it. */
export async function ownStanding(
  cohort: CohortAccess,
  member: GridMember,
): Promise<GridRow | null> {
  const roadmap = getRoadmap(cohort.roadmapId);
  if (!roadmap) return null;
  const statuses = await statusesOf(cohort.roadmapId, [member.userId]);
  return gridRows(roadmap, [member], statuses, new Date())[0]!;
}

export type StaffMember = { userId: string; login: string | null; role: CohortRole };

/** The owner and the mentors, who see the grid. */
export async function cohortStaff(cohortId: string): Promise<StaffMember[]> {
  const db = await getDb();
  return db
    .select({ userId: cohortMembers.userId, login: users.login, role: cohortMembers.role })
    .from(cohortMembers)
    .innerJoin(users, eq(users.id, cohortMembers.userId))
    .where(and(eq(cohortMembers.cohortId, cohortId), sql`${cohortMembers.role} <> 'member'`))
    .orderBy(cohortMembers.role, sql`lower(${users.login})`)
    .limit(MAX_MEMBERS_PER_COHORT);
}

export type LiveInvite = { id: string; expiresAt: Date; maxUses: number | null; uses: number };

/** The cohort's invites that can still be used, the newest first. */
export async function liveInvites(cohortId: string): Promise<LiveInvite[]> {
  const db = await getDb();
  return db
    .select({
      id: cohortInvites.id,
      expiresAt: cohortInvites.expiresAt,
      maxUses: cohortInvites.maxUses,
      uses: cohortInvites.uses,
    })
    .from(cohortInvites)
    .where(and(eq(cohortInvites.cohortId, cohortId), liveInvite(new Date())))
    .orderBy(desc(cohortInvites.createdAt))
    .limit(MAX_LIVE_INVITES_PER_COHORT);
}

export type InviteView = {
  cohortId: string;
  name: string;
  roadmapId: string;
  ownerLogin: string | null;
  problem: InviteProblem | null;
  /** The visitor's role in the cohort, when they are already in it. */
  role: CohortRole | null;
};

/** What an invite link opens: the cohort, who runs it, whether the link still works. */
export async function inviteView(
  tokenHash: string,
  userId: string | null,
): Promise<InviteView | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      cohortId: cohorts.id,
      ...cohortNameColumns,
      ownerLogin: users.login,
      ...inviteStateColumns,
      role: cohortMembers.role,
    })
    .from(cohortInvites)
    .innerJoin(cohorts, eq(cohorts.id, cohortInvites.cohortId))
    .innerJoin(users, eq(users.id, cohorts.ownerId))
    .leftJoin(
      cohortMembers,
      and(eq(cohortMembers.cohortId, cohorts.id), eq(cohortMembers.userId, userId ?? '')),
    )
    .where(eq(cohortInvites.tokenHash, tokenHash))
    .limit(1);
  if (!row) return null;
  const { cohortId, name, roadmapId, ownerLogin, role } = row;
  return { cohortId, name, roadmapId, ownerLogin, role, problem: inviteProblem(row, new Date()) };
}

/**
 * Everything the owner's or a mentor's page reads besides the cohort itself: a page of the grid,
 * who runs it, and (for the owner) the live invites. Four statements, whatever the cohort's size
 * (grid-statements.test.ts counts them).
 */
export async function staffView(cohort: CohortAccess, page: number) {
  const [grid, staff, invites] = await Promise.all([
    gridPage(cohort, page),
    cohortStaff(cohort.id),
    roleMay(cohort.role, 'manage') ? liveInvites(cohort.id) : Promise.resolve([]),
  ]);
  return { grid, staff, invites };
}
