import { addDays, dayIn, type Day } from '@/lib/calendar/days';

/** Days until the next review after the 1st, 2nd, 3rd, 4th and every later consecutive pass. */
export const reviewIntervals = [1, 3, 7, 21, 60] as const;
/** After a miss the topic comes back the next day. */
export const daysAfterMiss = 1;

export type CheckOutcome = { answeredAt: Date; passed: boolean };
export type ReviewState = { dueOn: Day; consecutivePasses: number };

/**
 * When a topic's check is next due, from its attempts in any order, counting days in the
 * learner's time zone. A full pass made on or after the due day (or the first pass after a miss)
 * extends the run of consecutive passes and the interval grows (1, 3, 7, 21, then 60 days); a pass
 * before the topic was due changes nothing, so repeating a check the same day cannot skip ahead.
 * A miss resets the run: due again the next day. Undefined when the check was never taken.
 */
export function reviewState(
  outcomes: readonly CheckOutcome[],
  timeZone: string,
): ReviewState | undefined {
  const ordered = [...outcomes].sort((a, b) => a.answeredAt.getTime() - b.answeredAt.getTime());
  let state: ReviewState | undefined;
  for (const { answeredAt, passed } of ordered) {
    const day = dayIn(answeredAt, timeZone);
    if (!passed) state = { dueOn: addDays(day, daysAfterMiss), consecutivePasses: 0 };
    else if (!state || state.consecutivePasses === 0 || day >= state.dueOn) {
      const passes = (state?.consecutivePasses ?? 0) + 1;
      const interval = reviewIntervals[Math.min(passes, reviewIntervals.length) - 1]!;
      state = { dueOn: addDays(day, interval), consecutivePasses: passes };
    }
  }
  return state;
}

export const isDue = (state: ReviewState | undefined, today: Day) =>
  state !== undefined && state.dueOn <= today;
