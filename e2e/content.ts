import { getRoadmaps, type Roadmap } from '../lib/content';

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
