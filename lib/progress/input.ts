import { z } from 'zod';

import { getRoadmap, knownTopic } from '@/lib/content';
import { browserEntries, browserTimeZone, contentId, dateTimeSince2000 } from '@/lib/validation';

import { topicStatuses } from './status';

const status = z.enum(topicStatuses, {
  error: 'must be not started, in progress, done or skipped',
});

export const setStatusInput = z
  .object({ roadmapId: contentId, topicId: contentId, status, timeZone: browserTimeZone })
  .refine(knownTopic, { message: 'This topic does not exist (any more).', path: ['topicId'] });

export const resetRoadmapInput = z.object({
  roadmapId: contentId.refine((id) => getRoadmap(id) !== undefined, 'This roadmap does not exist.'),
  confirm: z.literal('yes', { error: 'Tick the box to confirm the reset.' }),
});

/** Browser progress is at most one entry per topic; 500 leaves room for far more content. */
export const MAX_MERGE_ENTRIES = 500;

const browserEntry = z.object({
  roadmapId: contentId,
  topicId: contentId,
  status,
  updatedAt: dateTimeSince2000.transform((iso) => new Date(iso)),
});

/** Progress a browser kept before sign-in, by the rules of {@link browserEntries}. */
export const mergeInput = z
  .object({
    entries: browserEntries(browserEntry, knownTopic, MAX_MERGE_ENTRIES),
    timeZone: browserTimeZone,
  })
  .transform(({ entries, timeZone: zone }) => ({ ...entries, timeZone: zone }));

export type SetStatusInput = z.output<typeof setStatusInput>;
export type MergeInput = z.output<typeof mergeInput>;
