import type { Roadmap } from '@/lib/content';

import type { ProgressRow } from './status';

export type TopicToContinue = {
  roadmapId: string;
  roadmapTitle: string;
  topicId: string;
  topicTitle: string;
  updatedAt: Date;
};

/**
 * The topics a learner has in progress, most recently touched first, for the dashboard's
 * "Continue" list. Topics the content no longer has are left out (the dashboard lists them as
 * retired).
 */
export function topicsToContinue(
  roadmaps: readonly Roadmap[],
  rows: readonly ProgressRow[],
): TopicToContinue[] {
  const titles = new Map(
    roadmaps.flatMap((roadmap) =>
      roadmap.steps.flatMap((step) =>
        step.topics.map((topic) => [`${roadmap.id}/${topic.id}`, [roadmap.title, topic.title]]),
      ),
    ),
  );
  return rows
    .filter((row) => row.status === 'in_progress')
    .flatMap((row) => {
      const [roadmapTitle, topicTitle] = titles.get(`${row.roadmapId}/${row.topicId}`) ?? [];
      if (!roadmapTitle || !topicTitle) return [];
      return [{ ...row, roadmapTitle, topicTitle }];
    })
    .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())
    .map(({ roadmapId, roadmapTitle, topicId, topicTitle, updatedAt }) => ({
      roadmapId,
      roadmapTitle,
      topicId,
      topicTitle,
      updatedAt,
    }));
}

/** The roadmaps the learner has not started, in the content's order. */
export const roadmapsNotStarted = (
  roadmaps: readonly Roadmap[],
  started: readonly { roadmap: { id: string } }[],
) => roadmaps.filter((roadmap) => !started.some((s) => s.roadmap.id === roadmap.id));
