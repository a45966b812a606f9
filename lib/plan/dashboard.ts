import 'server-only';

import { getAllReviewCards } from '@/lib/checks/personal';
import { reviewLoadByRoadmap } from '@/lib/checks/sessions';
import { getRoadmaps } from '@/lib/content';
import type { ProgressRow } from '@/lib/progress/status';
import { toProjectTree } from '@/lib/projects/local';
import type { ProjectRow } from '@/lib/projects/queries';

import { addDays, dayIn, weekStartOf } from './calendar';
import { getPlanStates } from './queries';
import { planSummaryFor, progressByRoadmap } from './view';

/**
 * Every roadmap's plan state and summary for the learner's dashboard, read once for the page: the
 * Today card and the plan section show the same plans. Roadmaps in content order; a roadmap
 * without a plan has neither. `weekReviews` is the load of the reviews due by Sunday (FSRS cards).
 */
export async function getDashboardPlans(
  userId: string,
  timeZone: string,
  progress: readonly ProgressRow[],
  projectRows: ProjectRow[],
) {
  const today = dayIn(new Date(), timeZone);
  const [states, cards] = await Promise.all([
    getPlanStates(userId, today),
    getAllReviewCards(userId),
  ]);
  const weekReviewsOf = reviewLoadByRoadmap(cards, today, addDays(weekStartOf(today), 6));
  const topics = progressByRoadmap(progress);
  const projects = toProjectTree(projectRows);
  const roadmaps = getRoadmaps().map((roadmap) => {
    const state = states.get(roadmap.id);
    const ofRoadmap = {
      topics: topics.get(roadmap.id) ?? {},
      projects: projects[roadmap.id] ?? {},
    };
    const summary = state ? planSummaryFor(roadmap, ofRoadmap, state) : null;
    return { roadmap, state, summary, weekReviews: weekReviewsOf.get(roadmap.id) };
  });
  return { today, roadmaps };
}

export type DashboardPlans = Awaited<ReturnType<typeof getDashboardPlans>>;
