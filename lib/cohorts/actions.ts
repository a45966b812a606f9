'use server';

import type { Route } from 'next';
import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';

import { formAction, InvalidInputError } from '@/lib/action';
import { siteUrl } from '@/lib/env';
import { cohortPath, cohortsPath, joinPath } from '@/lib/routes';
import { hashSecretToken, newSecretToken } from '@/lib/secret-token';

import { cohortAccess } from './access';
import {
  cohortInput,
  createCohortInput,
  createInviteInput,
  joinCohortInput,
  memberInput,
  revokeInviteInput,
  setArchivedInput,
  setMemberViewInput,
  setMentorInput,
  setScheduleInput,
  setSharingInput,
} from './input';
import { inviteExpiry } from './invites';
import { joinRefusals, refusals } from './messages';
import {
  deleteCohortRow,
  deleteMembership,
  insertCohort,
  insertInvite,
  joinThroughInvite,
  revokeInviteRow,
  updateArchived,
  updateMentorRole,
  updateSettings,
  updateSharing,
} from './queries';

/** After a change, the page that shows it (a redirect also makes a form post without JavaScript safe to reload). */
const backTo = (path: (data: string) => Route) => ({
  after: async (data: string) => redirect(path(data)),
});
const toCohort = backTo((cohortId) => cohortPath(cohortId));
const toCohorts = backTo(() => cohortsPath);

const refuse = (message: string, field?: string): never => {
  throw new InvalidInputError(message, field ? { [field]: message } : undefined);
};

/** Starts a cohort on a roadmap, run by the signed-in learner. */
export const createCohort = formAction(
  'createCohort',
  createCohortInput,
  async (input, user) => (await insertCohort(user.id, input)) ?? refuse(refusals.tooManyCohorts),
  toCohort,
);

export type NewInviteLink = { url: string };

/**
 * Makes an invite link for the cohort. The link is shown once, in this answer: only its token's
 * hash is kept. The page is refreshed so the new invite shows in its list.
 */
export const createInvite = formAction(
  'createInvite',
  createInviteInput,
  async (input, _user, { cohort }): Promise<NewInviteLink> => {
    if (cohort.archivedAt) refuse(refusals.archived);
    const token = newSecretToken();
    const expiresAt = inviteExpiry(new Date(), input.expiresInDays);
    const made = await insertInvite(cohort.id, {
      tokenHash: hashSecretToken(token),
      expiresAt,
      maxUses: input.maxUses,
    });
    if (!made) refuse(refusals.tooManyInvites);
    return { url: new URL(joinPath(token), siteUrl).href };
  },
  { authorize: cohortAccess('manage'), after: async () => refresh() },
);

export const revokeInvite = formAction(
  'revokeInvite',
  revokeInviteInput,
  async (input, _user, { cohort }) =>
    (await revokeInviteRow(cohort.id, input.inviteId)) ? cohort.id : refuse(refusals.noInvite),
  { authorize: cohortAccess('manage'), ...toCohort },
);

/** Joins the cohort an invite link names; a link that cannot be used changes nothing. */
export const joinCohort = formAction(
  'joinCohort',
  joinCohortInput,
  async ({ token }, user) => {
    const outcome = await joinThroughInvite(user.id, hashSecretToken(token));
    return outcome.joined ? outcome.cohortId : refuse(joinRefusals[outcome.reason]);
  },
  toCohort,
);

/** Leaves a cohort: from now on it sees nothing more of the learner. */
export const leaveCohort = formAction(
  'leaveCohort',
  cohortInput,
  async (_input, user, { cohort }) => {
    await deleteMembership(cohort.id, user.id);
    return cohort.id;
  },
  { authorize: cohortAccess('leave'), ...toCohorts },
);

/** The owner takes someone out of the cohort; the owner is never one of them. */
export const removeMember = formAction(
  'removeMember',
  memberInput,
  async ({ memberId }, user, { cohort }) => {
    if (memberId === user.id) refuse(refusals.removeSelf);
    return (await deleteMembership(cohort.id, memberId)) ? cohort.id : refuse(refusals.noMember);
  },
  { authorize: cohortAccess('manage'), ...toCohort },
);

/** The owner appoints a member as mentor, or makes a mentor a member again. */
export const setMentor = formAction(
  'setMentor',
  setMentorInput,
  async ({ memberId, mentor }, user, { cohort }) => {
    if (memberId === user.id) refuse(refusals.ownRole);
    const changed = await updateMentorRole(cohort.id, memberId, mentor);
    return changed ? cohort.id : refuse(refusals.noMember);
  },
  { authorize: cohortAccess('manage'), ...toCohort },
);

/**
 * A member chooses whether the cohort also sees their check results and study time, and whether
 * the other members see what they share (when the owner lets members see each other).
 */
export const setSharing = formAction(
  'setSharing',
  setSharingInput,
  async (sharing, user, { cohort }) => {
    const { sharesChecks, sharesTime, sharesWithMembers } = sharing;
    await updateSharing(cohort.id, user.id, { sharesChecks, sharesTime, sharesWithMembers });
    return cohort.id;
  },
  { authorize: cohortAccess('share'), ...toCohort },
);

/** The owner deletes the cohort with its memberships and invites. */
export const deleteCohort = formAction(
  'deleteCohort',
  cohortInput,
  async (_input, _user, { cohort }) => {
    await deleteCohortRow(cohort.id);
    return cohort.id;
  },
  { authorize: cohortAccess('manage'), ...toCohorts },
);

/**
 * The owner archives the cohort when it is over (nobody can join, its links stop working, the
 * grid and its CSV stay), or reopens it.
 */
export const setArchived = formAction(
  'setArchived',
  setArchivedInput,
  async ({ archived }, _user, { cohort }) => {
    await updateArchived(cohort.id, archived);
    return cohort.id;
  },
  { authorize: cohortAccess('manage'), ...toCohort },
);

/** The owner sets the cohort's schedule (or clears it) and whether optional steps count. */
export const setSchedule = formAction(
  'setSchedule',
  setScheduleInput,
  async ({ schedule }, _user, { cohort }) => {
    await updateSettings(cohort.id, schedule);
    return cohort.id;
  },
  { authorize: cohortAccess('manage'), ...toCohort },
);

/**
 * The owner lets members see each other's progress, or stops it: each member still chooses
 * whether to show theirs.
 */
export const setMemberView = formAction(
  'setMemberView',
  setMemberViewInput,
  async ({ membersSeeEachOther }, _user, { cohort }) => {
    await updateSettings(cohort.id, { membersSeeEachOther });
    return cohort.id;
  },
  { authorize: cohortAccess('manage'), ...toCohort },
);
