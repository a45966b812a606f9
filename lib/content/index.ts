import { join } from 'node:path';

import type { Roadmap } from './model';
import { topicInOrder } from './order';
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

export function findTopic(roadmapId: string, topicId: string) {
  const roadmap = getRoadmap(roadmapId);
  const found = roadmap && topicInOrder(roadmap, topicId);
  return found && { roadmap, ...found };
}

/** Whether an entry names a topic the content has (retired topic ids do not). */
export const knownTopic = <T extends { roadmapId: string; topicId: string }>(value: T) =>
  findTopic(value.roadmapId, value.topicId) !== undefined;
