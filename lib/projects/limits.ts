import { getRoadmaps } from '@/lib/content';

/** The most project rows a learner can have: one per step project of today's content. */
export function maxProjectRowsPerLearner(): number {
  return getRoadmaps().reduce((sum, roadmap) => sum + roadmap.steps.length, 0);
}
