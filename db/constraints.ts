/**
 * Values the schema's CHECK constraints enforce. They live here, beside the schema, so db/ needs
 * nothing from lib/; the domains (lib/progress/status.ts, lib/notes/limits.ts) re-export them.
 */
export const topicStatuses = ['not_started', 'in_progress', 'done', 'skipped'] as const;

/** The longest note a learner can keep, in characters. */
export const MAX_NOTE_LENGTH = 10_000;
