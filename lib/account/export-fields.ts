import { z } from 'zod';

import { getRoadmap } from '@/lib/content';
import { topicStatuses } from '@/lib/progress/status';
import { realDateTime } from '@/lib/validation';

/** The fields several sections of an export file share, each with the message a learner reads. */
export const isoDate = realDateTime;
export const topicId = z.string().regex(/^[a-z0-9-]{1,64}$/, 'is not a topic id');
export const projectId = z.string().regex(/^[a-z0-9-]{1,64}$/, 'is not a project id');
export const roadmapId = z.string().refine((id) => getRoadmap(id) !== undefined, {
  error: (issue) => `names an unknown roadmap "${String(issue.input)}"`,
});
export const status = z.enum(topicStatuses, {
  error: 'is not one of not_started, in_progress, done, skipped',
});
