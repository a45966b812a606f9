import type { Day } from '@/lib/calendar/days';

/** What a study plan counts for one topic's review: read the question set again, answer, read why. */
export const MINUTES_PER_REVIEW = 5;

type DueCard = { roadmapId: string; topicId: string; dueOn: Day };

/** The reviews of one day: its topics and the time they take. */
export type ReviewSession = {
  day: Day;
  topics: { roadmapId: string; topicId: string }[];
  minutes: number;
};

/**
 * The review sessions from `today` to `until` (both included), one per day with topics due, in
 * day order. An overdue topic is reviewed today; one due after `until` is not listed.
 */
export function reviewSessions(cards: readonly DueCard[], today: Day, until: Day): ReviewSession[] {
  const byDay = new Map<Day, ReviewSession>();
  for (const { roadmapId, topicId, dueOn } of cards) {
    const day = dueOn < today ? today : dueOn;
    if (day > until) continue;
    const session = byDay.get(day) ?? { day, topics: [], minutes: 0 };
    session.topics.push({ roadmapId, topicId });
    session.minutes += MINUTES_PER_REVIEW;
    byDay.set(day, session);
  }
  return [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day));
}

/**
 * Per roadmap, how many reviews fall from `today` to `until` (overdue ones included) and the time
 * they take.
 */
export function reviewLoadByRoadmap(cards: readonly DueCard[], today: Day, until: Day) {
  const byRoadmap = new Map<string, { topics: number; minutes: number }>();
  for (const { topics } of reviewSessions(cards, today, until))
    for (const { roadmapId } of topics) {
      const load = byRoadmap.get(roadmapId) ?? { topics: 0, minutes: 0 };
      load.topics++;
      load.minutes += MINUTES_PER_REVIEW;
      byRoadmap.set(roadmapId, load);
    }
  return byRoadmap;
}
