import 'server-only';

import { cohortInvites, cohortMembers, cohorts, users } from '@/db/schema';

import type { InviteState } from './invites';
import type { ScheduleColumns } from './schedule';
import type { SharingMember } from './shared-queries';

/** Column sets the cohort reads share, so every page names a cohort and judges an invite alike. */

/** What a cohort is called and which roadmap it follows. */
export const cohortNameColumns = { name: cohorts.name, roadmapId: cohorts.roadmapId };

/** The cohort's schedule as the owner set it (lib/cohorts/schedule.ts reads it). */
export const scheduleColumns = {
  startsOn: cohorts.startsOn,
  minutesPerWeek: cohorts.minutesPerWeek,
  endsOn: cohorts.endsOn,
  countsOptional: cohorts.countsOptional,
} satisfies Record<keyof ScheduleColumns, unknown>;

/**
 * What `inviteProblem` judges an invite by: the page and the join action read the same (both
 * join the invite's cohort).
 */
export const inviteStateColumns = {
  expiresAt: cohortInvites.expiresAt,
  maxUses: cohortInvites.maxUses,
  uses: cohortInvites.uses,
  revokedAt: cohortInvites.revokedAt,
  cohortArchivedAt: cohorts.archivedAt,
} satisfies Record<keyof InviteState, unknown>;

/** A member as the grid reads them (joined with `users`): who, and what they chose to share. */
export const sharingMemberColumns = {
  userId: cohortMembers.userId,
  login: users.login,
  sharesChecks: cohortMembers.sharesChecks,
  sharesTime: cohortMembers.sharesTime,
} satisfies Record<keyof SharingMember, unknown>;
