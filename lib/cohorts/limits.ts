/** The ceilings of cohorts: every list a cohort page or a learner's cohort list reads is bounded. */

/** Cohorts one learner may own. */
export const MAX_COHORTS_PER_OWNER = 20;

/** People in one cohort, owner and mentors included. */
export const MAX_MEMBERS_PER_COHORT = 500;

/** Cohorts one learner may belong to, those they own included: their list of cohorts. */
export const MAX_MEMBERSHIPS_PER_LEARNER = 50;

/** Invites of one cohort that can still be used (not revoked, expired or used up). */
export const MAX_LIVE_INVITES_PER_COHORT = 20;

/** How long a new invite lasts unless the owner says otherwise, and the longest it may. */
export const DEFAULT_INVITE_DAYS = 7;
export const MAX_INVITE_DAYS = 90;

/** The largest member limit an invite may carry: a cohort cannot hold more. */
export const MAX_INVITE_USES = MAX_MEMBERS_PER_COHORT;

/** Members per page of the owner's grid: a 500-member cohort is 10 pages, each read alike. */
export const GRID_PAGE_SIZE = 50;

/** The longest cohort name, in characters (the database enforces it too). */
export { MAX_COHORT_NAME_LENGTH } from '@/db/constraints';
