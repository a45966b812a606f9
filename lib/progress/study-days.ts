import { dayIn, type Day } from '@/lib/calendar/days';

import type { DayActivity } from './activity';

/** What a learner did besides marking topics done that counts as a day of study. */
export type StudyFacts = {
  /** The learner's days with time logged (stored on their day when they logged it). */
  loggedDays: readonly Day[];
  /** When each passed knowledge check or review was answered. */
  passedAt: readonly Date[];
};

/**
 * The learner's days of study, in their time zone: a day counts when they marked a topic done,
 * logged time, or passed a check or a review. A learner working through a 60-hour topic who logs
 * time every day studies every day, though no topic is done for weeks.
 */
export function studyDays(
  activity: readonly DayActivity[],
  facts: StudyFacts,
  timeZone: string,
): Set<Day> {
  const days = new Set<Day>(facts.loggedDays);
  for (const { day, done } of activity) if (done > 0) days.add(day);
  for (const at of facts.passedAt) days.add(dayIn(at, timeZone));
  return days;
}
