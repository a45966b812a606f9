import type { Step } from '@/lib/content';

import type { TopicStatus } from './status';

export type StepStatusView = {
  topics: { id: string; title: string; status: TopicStatus }[];
  /** The topic the learner just saved, when the page's `saved` parameter names one of the step's. */
  saved?: { title: string; status: TopicStatus };
};

/**
 * A step's topics with the learner's statuses, for the page a reader without JavaScript saves
 * them on. `saved` comes from the URL: anything that is not one of the step's topic ids is ignored.
 */
export function stepStatusView(
  step: Pick<Step, 'topics'>,
  statuses: ReadonlyMap<string, TopicStatus>,
  saved: unknown,
): StepStatusView {
  const topics = step.topics.map(({ id, title }) => ({
    id,
    title,
    status: statuses.get(id) ?? ('not_started' as const),
  }));
  const savedTopic = typeof saved === 'string' ? topics.find((t) => t.id === saved) : undefined;
  return savedTopic
    ? { topics, saved: { title: savedTopic.title, status: savedTopic.status } }
    : { topics };
}
