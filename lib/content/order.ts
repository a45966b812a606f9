import type { Roadmap, Step, Topic } from './model';

export type TopicInOrder = { step: Step; topic: Topic; previous?: Topic; next?: Topic };

/**
 * A topic with its neighbours in roadmap order: steps in order, topics in order within a step,
 * so the last topic of a step leads to the first of the next one. The ends have no neighbour.
 */
export function topicInOrder(roadmap: Roadmap, topicId: string): TopicInOrder | undefined {
  const ordered = roadmap.steps.flatMap((step) => step.topics.map((topic) => ({ step, topic })));
  const index = ordered.findIndex(({ topic }) => topic.id === topicId);
  const found = ordered[index];
  if (!found) return undefined;
  return { ...found, previous: ordered[index - 1]?.topic, next: ordered[index + 1]?.topic };
}
