import 'server-only';

import { getRoadmaps } from '@/lib/content';
import { siteUrl } from '@/lib/env';
import { getProgressRows } from '@/lib/progress/queries';
import { toProjectTree } from '@/lib/projects/local';
import { getProjectRows } from '@/lib/projects/queries';
import { getTimeZone } from '@/lib/time-zone/queries';

import { dayIn } from './calendar';
import { buildCalendarFeed, type FeedPlan } from './feed';
import { getPlanStates } from './queries';
import { planItemsFor, planSummaryFor, progressByRoadmap } from './view';

/**
 * The learner's calendar feed as it stands now: every roadmap they have a plan for. `eventKey`
 * (feedEventKey of the feed's token hash) makes its event UIDs the learner's own.
 */
export async function calendarFeedOf(userId: string, eventKey: string): Promise<string> {
  const timeZone = await getTimeZone(userId);
  const now = new Date();
  const today = dayIn(now, timeZone);
  const [states, rows, projectRows] = await Promise.all([
    getPlanStates(userId, today),
    getProgressRows(userId),
    getProjectRows(userId),
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
  return buildCalendarFeed({ plans, today, timeZone, siteUrl, now, eventKey });
}
