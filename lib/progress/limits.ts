import { getRoadmaps } from '@/lib/content';

/**
 * Ceilings on what one learner can store (README: "Limits per learner"). Writes through the
 * controls only ever name topics the content has; imports may bring topics it no longer has
 * (retired), up to this many per account, in progress and in notes alike.
 */
export const MAX_RETIRED_TOPICS = 100;

/** History entries kept per learner: the newest, by when the change happened. */
export const MAX_HISTORY_ENTRIES = 10_000;

/** The most progress rows (and notes) a learner can have: every topic, plus the retired ones. */
export function maxTopicRowsPerLearner(): number {
  const topics = getRoadmaps().reduce(
    (sum, roadmap) => sum + roadmap.steps.reduce((n, step) => n + step.topics.length, 0),
    0,
  );
  return topics + MAX_RETIRED_TOPICS;
}
