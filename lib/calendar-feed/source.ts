import 'server-only';

import { getReviewCards } from '@/lib/checks/cards';
import { reviewSessions } from '@/lib/checks/sessions';
import { cohortFeedWeeks } from '@/lib/cohorts/feed-weeks';
import { myCohorts } from '@/lib/cohorts/views';
import { findTopic, getRoadmaps } from '@/lib/content';
import { siteUrl } from '@/lib/env';
import { addDays, dayIn } from '@/lib/plan/calendar';
import { buildCalendarFeed, FEED_WEEKS, type FeedPlan } from '@/lib/plan/feed';
import { getPlanStates } from '@/lib/plan/queries';
import { planItemsFor, planSummaryFor, progressByRoadmap } from '@/lib/plan/view';
import { getProgressRows } from '@/lib/progress/queries';
import { toProjectTree } from '@/lib/projects/local';
import { getProjectRows } from '@/lib/projects/queries';
import { topicPath } from '@/lib/routes';
import { getTimeZone } from '@/lib/time-zone/queries';

/**
 * The learner's calendar feed as it stands now: every roadmap they have a plan for, the review
 * sessions of their knowledge checks, and the schedules of their cohorts. It composes three
 * features, so it lives apart from each. `eventKey` (feedEventKey of the feed's token hash)
 * makes its event UIDs the learner's own.
 */
export async function calendarFeedOf(userId: string, eventKey: string): Promise<string> {
  const timeZone = await getTimeZone(userId);
  const now = new Date();
  const today = dayIn(now, timeZone);
  const lastDay = addDays(today, FEED_WEEKS * 7 - 1);
  const [states, rows, projectRows, cards, cohorts] = await Promise.all([
    getPlanStates(userId, today),
    getProgressRows(userId),
    getProjectRows(userId),
    getReviewCards(userId),
    myCohorts(userId),
  ]);
  const progress = progressByRoadmap(rows);
  const projects = toProjectTree(projectRows);
  const plans: FeedPlan[] = [];
  for (const roadmap of getRoadmaps()) {
    const state = states.get(roadmap.id);
    const ofRoadmap = {
      topics: progress.get(roadmap.id) ?? {},
      projects: projects[roadmap.id] ?? {},
    };
    const summary = state && planSummaryFor(roadmap, ofRoadmap, state);
    if (!state || !summary) continue;
    plans.push({
      roadmap: { id: roadmap.id, title: roadmap.title },
      items: planItemsFor(roadmap, ofRoadmap, state),
      summary,
    });
  }
  const reviews = reviewSessions(cards, today, lastDay).map(({ day, minutes, topics }) => ({
    day,
    minutes,
    topics: topics.flatMap(({ roadmapId, topicId }) => {
      const found = findTopic(roadmapId, topicId);
      if (!found) return []; // retired from content: nothing to review there
      return [
        { title: found.topic.title, href: `${topicPath(roadmapId, topicId)}#check-yourself` },
      ];
    }),
  }));
  return buildCalendarFeed({
    plans,
    reviews: reviews.filter((review) => review.topics.length > 0),
    cohortWeeks: cohortFeedWeeks(cohorts, today, lastDay),
    today,
    timeZone,
    siteUrl,
    now,
    eventKey,
  });
}
