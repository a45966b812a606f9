import 'server-only';

import { and, desc, eq, sql } from 'drizzle-orm';

import { getDb } from '@/db';
import { cohortInvites, cohortMembers, cohorts, users, type CohortRole } from '@/db/schema';
import type { Day } from '@/lib/plan/calendar';

import type { CohortAccess } from './access';
import { defaultGridOrder, type GridOrder } from './arrange';
import { cohortNameColumns, inviteStateColumns, scheduleColumns } from './columns';
import { gridPage } from './grid-queries';
import { inviteProblem, type InviteProblem } from './invites';
import {
  MAX_LIVE_INVITES_PER_COHORT,
  MAX_MEMBERS_PER_COHORT,
  MAX_MEMBERSHIPS_PER_LEARNER,
} from './limits';
import { liveInvite } from './queries';
import { roleMay } from './roles';
import type { ScheduleColumns } from './schedule';

/** The reads of the cohort pages; each is one statement, whatever the cohort's size. */

export type MyCohort = ScheduleColumns & {
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
      ...scheduleColumns,
    })
    .from(cohortMembers)
    .innerJoin(cohorts, eq(cohorts.id, cohortMembers.cohortId))
    .where(eq(cohortMembers.userId, userId))
    .orderBy(desc(cohortMembers.joinedAt))
    .limit(MAX_MEMBERSHIPS_PER_LEARNER);
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
 * who runs it, and (for the owner) the live invites. Six statements at most (five when no member
 * of the page shares checks or time), whatever the cohort's size (grid-statements.test.ts counts
 * them).
 */
export async function staffView(
  cohort: CohortAccess,
  today: Day,
  page: number,
  order: GridOrder = defaultGridOrder,
) {
  const [grid, staff, invites] = await Promise.all([
    gridPage(cohort, today, page, order),
    cohortStaff(cohort.id),
    roleMay(cohort.role, 'manage') ? liveInvites(cohort.id) : Promise.resolve([]),
  ]);
  return { grid, staff, invites };
}
