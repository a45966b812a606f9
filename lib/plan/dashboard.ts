import 'server-only';

import { getRoadmaps } from '@/lib/content';
import type { ProgressRow } from '@/lib/progress/status';
import { toProjectTree } from '@/lib/projects/local';
import type { ProjectRow } from '@/lib/projects/queries';

import { dayIn } from './calendar';
import { getPlanStates } from './queries';
import { planSummaryFor, progressByRoadmap } from './view';

/**
 * Every roadmap's plan state and summary for the learner's dashboard, read once for the page: the
 * Today card and the plan section show the same plans. Roadmaps in content order; a roadmap
 * without a plan has neither.
 */
export async function getDashboardPlans(
  userId: string,
  timeZone: string,
  progress: readonly ProgressRow[],
  projectRows: ProjectRow[],
) {
  const today = dayIn(new Date(), timeZone);
  const states = await getPlanStates(userId, today);
  const topics = progressByRoadmap(progress);
  const projects = toProjectTree(projectRows);
  const roadmaps = getRoadmaps().map((roadmap) => {
    const state = states.get(roadmap.id);
    const ofRoadmap = {
      topics: topics.get(roadmap.id) ?? {},
      projects: projects[roadmap.id] ?? {},
    };
    return { roadmap, state, summary: state ? planSummaryFor(roadmap, ofRoadmap, state) : null };
  });
  return { today, roadmaps };
}

export type DashboardPlans = Awaited<ReturnType<typeof getDashboardPlans>>;
