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
