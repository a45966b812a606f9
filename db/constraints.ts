/**
 * Values the schema's CHECK constraints enforce. They live here, beside the schema, so db/ needs
 * nothing from lib/; the domains (lib/progress/status.ts, lib/notes/limits.ts) re-export them.
 */
export const topicStatuses = ['not_started', 'in_progress', 'done', 'skipped'] as const;

/** The longest note a learner can keep, in characters. */
export const MAX_NOTE_LENGTH = 10_000;

/** A step project's status: a project is never "skipped", it is built or not. */
export const projectStatuses = ['not_started', 'in_progress', 'done'] as const;

/** The longest repository or demo URL a learner can attach to a project, in characters. */
export const MAX_PROJECT_URL_LENGTH = 2_048;

/**
 * The most items a project's checklist can have: the content schema's 8 requirements, 6 checks
 * and 3 stretch goals (lib/content/schema.ts), so a learner's ticks on one project fit below it.
 */
export const MAX_CHECKLIST_ITEMS = 17;

/** Study plans: a pace of 0.5 to 60 hours a week, kept in minutes (30 to 3,600). */
export const MIN_MINUTES_PER_WEEK = 30;
export const MAX_MINUTES_PER_WEEK = 3_600;

/** Logged time: at most 12 hours at once, and a topic's total for one day at most the day. */
export const MAX_MINUTES_AT_ONCE = 720;
export const MAX_MINUTES_PER_DAY = 1_440;

/** A cohort member's role: the owner runs it, a mentor sees it, a member learns in it. */
export const cohortRoles = ['owner', 'mentor', 'member'] as const;

/** The longest cohort name, in characters. */
export const MAX_COHORT_NAME_LENGTH = 80;
