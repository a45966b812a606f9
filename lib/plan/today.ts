import { roundToQuarter } from './arithmetic';
import { weekdayOf, type Day } from './calendar';
import { MAX_MINUTES_AT_ONCE } from './limits';
import type { PlanSummary } from './summary';

export type TodaysShare = {
  /** The next item of the plan: the first of this week's. */
  item: PlanSummary['thisWeek'][number];
  /** One study day's share of the weekly hours, or less when the item needs less. */
  hours: number;
  /** Whether today is one of the learner's study days. */
  studyDay: boolean;
  /** The one-tap log for the share, in whole quarter hours (at least 15 min, at most one log). */
  minutes: number;
};

/**
 * What the plan asks of the learner today on one roadmap: the next item, sized to one study day's
 * share of the week (the pace spread over the study days, as the projected finish counts it).
 * Null once nothing is left.
 */
export function todaysShare(summary: PlanSummary, today: Day): TodaysShare | null {
  const item = summary.thisWeek[0];
  if (!item) return null;
  const { hoursPerWeek, studyDays } = summary.pace;
  const hours = Math.min(item.hours, hoursPerWeek / studyDays.length);
  return {
    item,
    hours,
    studyDay: studyDays.includes(weekdayOf(today)),
    minutes: Math.min(MAX_MINUTES_AT_ONCE, Math.max(15, roundToQuarter(hours) * 60)),
  };
}
