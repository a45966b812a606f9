import 'server-only';

import { cohortInvites, cohorts } from '@/db/schema';

import type { InviteState } from './invites';

/** Column sets the cohort reads share, so every page names a cohort and judges an invite alike. */

/** What a cohort is called and which roadmap it follows. */
export const cohortNameColumns = { name: cohorts.name, roadmapId: cohorts.roadmapId };

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
