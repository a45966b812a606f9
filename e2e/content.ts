import { getRoadmaps, type Roadmap } from '../lib/content';
import { notePath, profilePath, sharedRoadmapPath, sharePath } from '../lib/routes';

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

/** The pages that show a learner's own data (or their public view of it), for one topic of a roadmap. */
export function learnerPagePaths(roadmapId: string, topicId: string, login: string) {
  return [
    notePath(roadmapId, topicId),
    '/settings',
    '/dashboard',
    profilePath(login),
    sharedRoadmapPath(login, roadmapId),
    sharePath(roadmapId),
  ];
}
