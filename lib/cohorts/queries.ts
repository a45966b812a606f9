import 'server-only';

import { and, count, eq, gt, isNull, ne, or, sql } from 'drizzle-orm';

import { getDb } from '@/db';
import { cohortInvites, cohortMembers, cohorts, users } from '@/db/schema';

import { inviteStateColumns } from './columns';
import { inviteProblem, type InviteProblem } from './invites';
import {
  MAX_COHORTS_PER_OWNER,
  MAX_LIVE_INVITES_PER_COHORT,
  MAX_MEMBERS_PER_COHORT,
  MAX_MEMBERSHIPS_PER_LEARNER,
} from './limits';
import type { ScheduleColumns } from './schedule';

/** Writes of the cohort tables. Each is scoped to the cohort the authorization step granted. */

export type NewCohort = { name: string; roadmapId: string };

/**
 * Creates a cohort owned by the learner, with them as its owner member, unless they already own
 * as many cohorts or belong to as many as the ceilings allow (null then).
 */
export async function insertCohort(userId: string, cohort: NewCohort): Promise<string | null> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    // The learner's row is locked so two tabs cannot both pass the counts.
    await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for('update');
    const [owned] = await tx
      .select({ n: count() })
      .from(cohorts)
      .where(eq(cohorts.ownerId, userId));
    const [memberships] = await tx
      .select({ n: count() })
      .from(cohortMembers)
      .where(eq(cohortMembers.userId, userId));
    if (owned!.n >= MAX_COHORTS_PER_OWNER || memberships!.n >= MAX_MEMBERSHIPS_PER_LEARNER) {
      return null;
    }
    const [row] = await tx
      .insert(cohorts)
      .values({ ownerId: userId, ...cohort })
      .returning({ id: cohorts.id });
    await tx.insert(cohortMembers).values({ cohortId: row!.id, userId, role: 'owner' });
    return row!.id;
  });
}

/** An invite that can still be used: not revoked, not expired, not used up. */
export const liveInvite = (now: Date) =>
  and(
    isNull(cohortInvites.revokedAt),
    gt(cohortInvites.expiresAt, now),
    or(isNull(cohortInvites.maxUses), sql`${cohortInvites.uses} < ${cohortInvites.maxUses}`),
  );

export type NewInvite = { tokenHash: string; expiresAt: Date; maxUses: number | null };

/**
 * Stores an invite of the cohort unless it already has as many live invites as allowed (false
 * then). The cohort's row is locked, so two owners' tabs cannot both pass the count.
 */
export async function insertInvite(cohortId: string, invite: NewInvite): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx.select({ id: cohorts.id }).from(cohorts).where(eq(cohorts.id, cohortId)).for('update');
    const [live] = await tx
      .select({ n: count() })
      .from(cohortInvites)
      .where(and(eq(cohortInvites.cohortId, cohortId), liveInvite(new Date())));
    if (live!.n >= MAX_LIVE_INVITES_PER_COHORT) return false;
    await tx.insert(cohortInvites).values({ cohortId, ...invite });
    return true;
  });
}

/** Revokes one not yet revoked invite of the cohort; false when it has none by that id. */
export async function revokeInviteRow(cohortId: string, inviteId: string): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .update(cohortInvites)
    .set({ revokedAt: sql`now()` })
    .where(
      and(
        eq(cohortInvites.id, inviteId),
        eq(cohortInvites.cohortId, cohortId),
        isNull(cohortInvites.revokedAt),
      ),
    )
    .returning({ id: cohortInvites.id });
  return rows.length > 0;
}

export type JoinOutcome =
  | { joined: true; cohortId: string }
  | {
      joined: false;
      reason: InviteProblem | 'unknown' | 'member' | 'cohort-full' | 'learner-full';
    };

/**
 * Joins the learner to the cohort of the invite whose token hashes to `tokenHash`, counting the
 * use, or says why not; nothing changes unless they join. The invite and its cohort are locked
 * so concurrent joins count uses and members one after another.
 */
export async function joinThroughInvite(userId: string, tokenHash: string): Promise<JoinOutcome> {
  const db = await getDb();
  return db.transaction(async (tx): Promise<JoinOutcome> => {
    const [invite] = await tx
      .select({ id: cohortInvites.id, cohortId: cohortInvites.cohortId, ...inviteStateColumns })
      .from(cohortInvites)
      .innerJoin(cohorts, eq(cohorts.id, cohortInvites.cohortId))
      .where(eq(cohortInvites.tokenHash, tokenHash))
      .for('update');
    if (!invite) return { joined: false, reason: 'unknown' };
    const problem = inviteProblem(invite, new Date());
    if (problem) return { joined: false, reason: problem };
    const { cohortId } = invite;
    const [counts] = await tx
      .select({
        inCohort: sql<number>`count(*) filter (where ${cohortMembers.cohortId} = ${cohortId})`,
        ofLearner: sql<number>`count(*) filter (where ${cohortMembers.userId} = ${userId})`,
        already: sql<number>`count(*) filter (where ${cohortMembers.cohortId} = ${cohortId} and ${cohortMembers.userId} = ${userId})`,
      })
      .from(cohortMembers)
      .where(or(eq(cohortMembers.cohortId, cohortId), eq(cohortMembers.userId, userId)));
    if (Number(counts!.already) > 0) return { joined: false, reason: 'member' };
    if (Number(counts!.inCohort) >= MAX_MEMBERS_PER_COHORT) {
      return { joined: false, reason: 'cohort-full' };
    }
    if (Number(counts!.ofLearner) >= MAX_MEMBERSHIPS_PER_LEARNER) {
      return { joined: false, reason: 'learner-full' };
    }
    await tx
      .update(cohortInvites)
      .set({ uses: sql`${cohortInvites.uses} + 1` })
      .where(eq(cohortInvites.id, invite.id));
    await tx.insert(cohortMembers).values({ cohortId, userId, role: 'member' });
    return { joined: true, cohortId };
  });
}

const memberOf = (cohortId: string, userId: string) =>
  and(eq(cohortMembers.cohortId, cohortId), eq(cohortMembers.userId, userId));

/** Someone in the cohort other than its owner, whose row nobody but the cohort's deletion removes. */
const nonOwnerOf = (cohortId: string, userId: string) =>
  and(memberOf(cohortId, userId), ne(cohortMembers.role, 'owner'));

/**
 * Takes someone out of the cohort: themselves leaving, or the owner removing them. The owner's
 * own row is never deleted (the cohort is deleted instead); false when no such person is in it.
 */
export async function deleteMembership(cohortId: string, userId: string): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .delete(cohortMembers)
    .where(nonOwnerOf(cohortId, userId))
    .returning({ userId: cohortMembers.userId });
  return rows.length > 0;
}

/** Makes a member a mentor or a mentor a member again; false when no such person is in it. */
export async function updateMentorRole(
  cohortId: string,
  userId: string,
  mentor: boolean,
): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .update(cohortMembers)
    .set({ role: mentor ? 'mentor' : 'member' })
    .where(nonOwnerOf(cohortId, userId))
    .returning({ userId: cohortMembers.userId });
  return rows.length > 0;
}

/** What a member shares with the cohort beyond their statuses, and whether with its members. */
export async function updateSharing(
  cohortId: string,
  userId: string,
  sharing: { sharesChecks: boolean; sharesTime: boolean; sharesWithMembers: boolean },
): Promise<void> {
  const db = await getDb();
  await db.update(cohortMembers).set(sharing).where(memberOf(cohortId, userId));
}

/** Archives the cohort (now) or reopens it; its memberships and invites stay as they are. */
export async function updateArchived(cohortId: string, archived: boolean): Promise<void> {
  const db = await getDb();
  await db
    .update(cohorts)
    .set({ archivedAt: archived ? sql`now()` : null })
    .where(eq(cohorts.id, cohortId));
}

/** The owner's settings of the cohort: its schedule, and whether members see each other. */
export type CohortSettings = Partial<ScheduleColumns & { membersSeeEachOther: boolean }>;

/** Changes the owner's settings `settings` names, and no other. */
export async function updateSettings(cohortId: string, settings: CohortSettings): Promise<void> {
  const db = await getDb();
  await db.update(cohorts).set(settings).where(eq(cohorts.id, cohortId));
}

/** Deletes the cohort; its memberships and invites go with it (foreign keys cascade). */
export async function deleteCohortRow(cohortId: string): Promise<void> {
  const db = await getDb();
  await db.delete(cohorts).where(eq(cohorts.id, cohortId));
}
