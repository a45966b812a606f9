import { inviteProblemMessages } from './invites';
import {
  MAX_COHORTS_PER_OWNER,
  MAX_LIVE_INVITES_PER_COHORT,
  MAX_MEMBERS_PER_COHORT,
  MAX_MEMBERSHIPS_PER_LEARNER,
} from './limits';
import type { JoinOutcome } from './queries';

/** What a refused cohort action tells the learner; nothing was changed in each case. */
export const refusals = {
  tooManyCohorts: `You can run at most ${MAX_COHORTS_PER_OWNER} cohorts and belong to at most ${MAX_MEMBERSHIPS_PER_LEARNER}. Delete or leave one first.`,
  tooManyInvites: `A cohort can have at most ${MAX_LIVE_INVITES_PER_COHORT} invites in use. Revoke one first.`,
  noInvite: 'That invite is not one of this cohort’s, or it was already revoked.',
  noMember: 'That person is not in this cohort.',
  removeSelf: 'You run this cohort, so you cannot remove yourself: delete the cohort instead.',
  ownRole: 'You run this cohort: your role cannot change.',
  archived: 'This cohort is archived: reopen it before you invite anyone.',
};

type JoinRefusal = Extract<JoinOutcome, { joined: false }>['reason'];

export const joinRefusals: Record<JoinRefusal, string> = {
  ...inviteProblemMessages,
  member: 'You are already in this cohort.',
  'cohort-full': `This cohort is full: it holds at most ${MAX_MEMBERS_PER_COHORT} people.`,
  'learner-full': `You already belong to ${MAX_MEMBERSHIPS_PER_LEARNER} cohorts, the most one learner can. Leave one first.`,
};
