import { getRoadmaps, type Roadmap } from '../lib/content';
import { fillRoute, routeTable, type RouteKind } from '../lib/route-table';

/** The content the app was built from, so specs follow the real roadmaps instead of copies. */
export const roadmaps = getRoadmaps();

export function allTopics(roadmap: Roadmap) {
  return roadmap.steps.flatMap((step) => step.topics.map((topic) => ({ step, topic })));
}

export function firstRoadmap(): Roadmap {
  const roadmap = roadmaps[0];
  if (!roadmap) throw new Error('No roadmap in content/');
  return roadmap;
}

/** One path of each page of these kinds in lib/route-table.ts, for a topic of the roadmap and a login. */
export function pagePaths(kinds: RouteKind[], roadmap: Roadmap, topicId: string, login: string) {
  const step = roadmap.steps[0]!;
  const values = {
    roadmap: roadmap.id,
    topic: topicId,
    step: step.id,
    project: step.project.id,
    login,
    // A cohort, a member and an invite nobody has: their pages answer as for an outsider.
    cohort: '00000000-0000-4000-8000-000000000000',
    member: '00000000-0000-4000-8000-000000000001',
    token: 'A'.repeat(43),
  };
  return routeTable
    .filter(({ kind }) => kinds.includes(kind))
    .map(({ path }) => fillRoute(path, values));
}

/** The pages that show a learner's own data (or their public view of it): those that read the database. */
export const learnerPagePaths = (roadmap: Roadmap, topicId: string, login: string) =>
  pagePaths(['database'], roadmap, topicId, login);
