export {
  MAX_MINUTES_AT_ONCE,
  MAX_MINUTES_PER_DAY,
  MAX_MINUTES_PER_WEEK,
  MIN_MINUTES_PER_WEEK,
} from '@/db/constraints';

/** How far ahead a target date may lie. */
export const MAX_TARGET_YEARS = 5;

/**
 * Plan versions a learner can keep (and a file can hold): the controls add at most one per roadmap
 * a day (a second change that day replaces it), so only imports could go faster; they are refused
 * past this. A change of pace every day on both roadmaps for over two years stays below it.
 */
export const MAX_PLAN_VERSIONS = 2_000;

/**
 * Logged-time rows a learner can keep: one per topic and day. Five topics logged every day for ten
 * years stays below it; imports past it are refused.
 */
export const MAX_TIME_LOG_ROWS = 20_000;
