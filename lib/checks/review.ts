import type { Day } from '@/lib/calendar/days';

import { attemptsByTopic, type Attempt } from './attempts';
import { isDue, reviewState } from './schedule';

export type RoadmapReview = {
  roadmapId: string;
  /** Topics of this roadmap whose check is due today or overdue. */
  dueToday: { topicId: string; dueOn: Day }[];
  /** Topics whose check was taken at least once, and of those, whose latest attempt passed. */
  checked: number;
  latestPassed: number;
};

/**
 * The dashboard's review summary per roadmap (only roadmaps with at least one attempt), from a
 * learner's attempts, "today" being the learner's own calendar day.
 */
export function reviewSummary(
  attempts: readonly Attempt[],
  timeZone: string,
  today: Day,
): RoadmapReview[] {
  const byRoadmap = new Map<string, RoadmapReview>();
  for (const topicAttempts of attemptsByTopic(attempts).values()) {
    const [latest] = topicAttempts;
    if (!latest) continue;
    const summary = byRoadmap.get(latest.roadmapId) ?? {
      roadmapId: latest.roadmapId,
      dueToday: [],
      checked: 0,
      latestPassed: 0,
    };
    summary.checked++;
    if (latest.passed) summary.latestPassed++;
    const state = reviewState(topicAttempts, timeZone);
    if (state && isDue(state, today))
      summary.dueToday.push({ topicId: latest.topicId, dueOn: state.dueOn });
    byRoadmap.set(latest.roadmapId, summary);
  }
  return [...byRoadmap.values()];
}
