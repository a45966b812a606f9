export {
  MAX_MINUTES_AT_ONCE,
  MAX_MINUTES_PER_DAY,
  MAX_MINUTES_PER_WEEK,
  MIN_MINUTES_PER_WEEK,
} from '@/db/constraints';

/** How far ahead a target date may lie. */
export const MAX_TARGET_YEARS = 5;
