import type { Roadmap } from '@/lib/content';

import { isComplete, type TopicStatus } from './status';

/** A learner's status of each topic of one roadmap, by topic id. Missing means not started. */
export type StatusByTopic = Readonly<Record<string, TopicStatus | undefined>>;

export type Tally = {
  total: number;
  done: number;
  skipped: number;
  inProgress: number;
  /** Done plus skipped. */
  complete: number;
  /** Whole percent of topics complete, rounded down: 100 only when everything is complete. */
  percent: number;
};

/**
 * The shape of a roadmap that progress needs: order, ids and titles. Small enough to hand to the
 * browser once per page; a full Roadmap is one too.
 */
export type RoadmapOutline = {
  id: string;
  title: string;
  steps: {
    id: string;
    title: string;
    optional?: boolean;
    topics: { id: string; title: string }[];
  }[];
};
type OutlineStep = RoadmapOutline['steps'][number];
type OutlineTopic = OutlineStep['topics'][number];

export function toOutline(roadmap: Roadmap): RoadmapOutline {
  return {
    id: roadmap.id,
    title: roadmap.title,
    steps: roadmap.steps.map((step) => ({
      id: step.id,
      title: step.title,
      optional: step.optional,
      topics: step.topics.map((topic) => ({ id: topic.id, title: topic.title })),
    })),
  };
}

export function tally(topics: readonly { id: string }[], statuses: StatusByTopic): Tally {
  const count = (status: TopicStatus) => topics.filter((t) => statuses[t.id] === status).length;
  const done = count('done');
  const skipped = count('skipped');
  const complete = done + skipped;
  return {
    total: topics.length,
    done,
    skipped,
    inProgress: count('in_progress'),
    complete,
    percent: topics.length === 0 ? 0 : Math.floor((complete / topics.length) * 100),
  };
}

export const roadmapTopics = (roadmap: RoadmapOutline) =>
  roadmap.steps.flatMap((step) => step.topics);

/** The topics of the steps not marked optional: what the core-path percentage counts. */
export const coreTopics = (roadmap: RoadmapOutline) =>
  roadmap.steps.filter((step) => !step.optional).flatMap((step) => step.topics);

/** A step (or any list of topics) is finished once every topic is done or skipped. */
export const isFinished = (tally: Tally) => tally.total > 0 && tally.complete === tally.total;

/** The first topic, in roadmap order, that is neither done nor skipped. */
export function nextUp(
  roadmap: RoadmapOutline,
  statuses: StatusByTopic,
): { step: OutlineStep; topic: OutlineTopic } | undefined {
  for (const step of roadmap.steps) {
    const topic = step.topics.find((t) => !isComplete(statuses[t.id]));
    if (topic) return { step, topic };
  }
  return undefined;
}
