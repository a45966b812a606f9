import type { Day } from '@/lib/calendar/days';

import type { BrowserAttempt } from './local';
import { reviewCard } from './schedule';

/**
 * The day a visitor's review of one topic is due, from the attempts this browser kept, in the
 * browser's time zone: the same FSRS replay an account's card went through. A module of its own,
 * so a page loads it (and ts-fsrs with it) only for a visitor who has taken the check.
 */
export function browserReviewDue(
  attempts: readonly BrowserAttempt[],
  roadmapId: string,
  topicId: string,
  timeZone: string,
): Day | undefined {
  const outcomes = attempts
    .filter((a) => a.roadmapId === roadmapId && a.topicId === topicId)
    .map((a) => ({ ...a, answeredAt: new Date(a.answeredAt) }));
  return reviewCard(undefined, outcomes, timeZone)?.dueOn;
}
