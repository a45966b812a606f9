import { join } from 'node:path';

import type { Roadmap, Step, Topic } from './model';
import { parseContent } from './parse';
import { readContentFiles } from './read';

export type { Roadmap, Topic, TopicRef } from './model';

export const contentRoot = join(process.cwd(), 'content', 'roadmaps');

let roadmaps: Roadmap[] | undefined;

/** Every roadmap, read and validated once per process (content only changes with a deploy). */
export function getRoadmaps(): Roadmap[] {
  roadmaps ??= parseContent(readContentFiles(contentRoot));
  return roadmaps;
}

export function getRoadmap(roadmapId: string): Roadmap | undefined {
  return getRoadmaps().find((roadmap) => roadmap.id === roadmapId);
}

type TopicInContext = {
  roadmap: Roadmap;
  step: Step;
  topic: Topic;
  previous?: Topic;
  next?: Topic;
};

export function findTopic(roadmapId: string, topicId: string): TopicInContext | undefined {
  const roadmap = getRoadmap(roadmapId);
  if (!roadmap) return undefined;
  const ordered = roadmap.steps.flatMap((step) => step.topics.map((topic) => ({ step, topic })));
  const index = ordered.findIndex(({ topic }) => topic.id === topicId);
  const found = ordered[index];
  if (!found) return undefined;
  return {
    roadmap,
    ...found,
    previous: ordered[index - 1]?.topic,
    next: ordered[index + 1]?.topic,
  };
}

/** Whether an entry names a topic the content has (retired topic ids do not). */
export const knownTopic = <T extends { roadmapId: string; topicId: string }>(value: T) =>
  findTopic(value.roadmapId, value.topicId) !== undefined;
