import type { Day } from '@/lib/calendar/days';

import { attemptsByTopic, topicKey, type Attempt } from './attempts';
import { isDue, type ReviewCard } from './schedule';

export type RoadmapReview = {
  roadmapId: string;
  /** Topics of this roadmap whose check is due today or overdue, soonest due first. */
  dueToday: { topicId: string; dueOn: Day }[];
  /** Topics whose check was taken at least once, and of those, whose latest attempt passed. */
  checked: number;
  latestPassed: number;
};

type TopicCard = Pick<ReviewCard, 'dueOn'> & { roadmapId: string; topicId: string };

/**
 * The dashboard's review summary per roadmap (only roadmaps with at least one attempt), from a
 * learner's attempts and review cards, "today" being the learner's own calendar day. A topic is
 * due by its card; one retired from content (no attempts judged) is left out.
 */
export function reviewSummary(
  attempts: readonly Attempt[],
  cards: readonly TopicCard[],
  today: Day,
): RoadmapReview[] {
  const cardOf = new Map(cards.map((card) => [topicKey(card.roadmapId, card.topicId), card]));
  const byRoadmap = new Map<string, RoadmapReview>();
  for (const [key, [latest]] of attemptsByTopic(attempts)) {
    if (!latest) continue;
    const summary = byRoadmap.get(latest.roadmapId) ?? {
      roadmapId: latest.roadmapId,
      dueToday: [],
      checked: 0,
      latestPassed: 0,
    };
    summary.checked++;
    if (latest.passed) summary.latestPassed++;
    const card = cardOf.get(key);
    if (card && isDue(card, today))
      summary.dueToday.push({ topicId: latest.topicId, dueOn: card.dueOn });
    byRoadmap.set(latest.roadmapId, summary);
  }
  for (const summary of byRoadmap.values())
    summary.dueToday.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return [...byRoadmap.values()];
}
