import { topicStatuses } from '@/db/constraints';

export { topicStatuses };
export type TopicStatus = (typeof topicStatuses)[number];

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

/** Single-key shortcuts on a topic page. */
export const statusShortcuts: Record<string, TopicStatus> = {
  d: 'done',
  l: 'in_progress',
  s: 'skipped',
  r: 'not_started',
};

export const shortcutFor = (status: TopicStatus) =>
  Object.entries(statusShortcuts).find(([, value]) => value === status)![0];

/** Done and skipped both mean "finished with this topic" for completion. */
export const isComplete = (status: TopicStatus | undefined) =>
  status === 'done' || status === 'skipped';
