import { topicStatuses } from '@/db/constraints';

export { topicStatuses };
export type TopicStatus = (typeof topicStatuses)[number];

/** One topic's saved status, as every progress read returns it. */
export type ProgressRow = {
  roadmapId: string;
  topicId: string;
  status: TopicStatus;
  updatedAt: Date;
};

export const statusLabels: Record<TopicStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  done: 'Done',
  skipped: 'Skipped',
};

/** A shape per status, so status never depends on colour alone. */
export const statusIcons: Record<TopicStatus, string> = {
  not_started: '○',
  in_progress: '◐',
  done: '✓',
  skipped: '↷',
};

/** What a status button does, said as the action it takes (the current status is a label). */
export const statusActions: Record<TopicStatus, string> = {
  done: 'Mark as done',
  in_progress: 'Mark in progress',
  skipped: 'Skip',
  not_started: 'Reset',
};

/** Done and skipped both mean "finished with this topic" for completion. */
export const isComplete = (status: TopicStatus | undefined) =>
  status === 'done' || status === 'skipped';
