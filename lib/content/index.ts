import { join } from 'node:path';

import type { Project, Roadmap, Step } from './model';
import { topicInOrder } from './order';
import { parseContent } from './parse';
import { readContentFiles } from './read';

export type { Project, Roadmap, Step, Topic, TopicRef } from './model';

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

/**
 * Whether a topic id is one the roadmap once had and retired (its front matter lists it): such
 * progress is real, while an id neither current nor retired was made up.
 */
export const retiredTopic = ({ roadmapId, topicId }: { roadmapId: string; topicId: string }) =>
  getRoadmap(roadmapId)?.retiredTopics.includes(topicId) ?? false;

/** A step's project, with the roadmap and step it closes. */
export function findProject(
  roadmapId: string,
  projectId: string,
): { roadmap: Roadmap; step: Step; project: Project } | undefined {
  const roadmap = getRoadmap(roadmapId);
  const step = roadmap?.steps.find((candidate) => candidate.project.id === projectId);
  return roadmap && step ? { roadmap, step, project: step.project } : undefined;
}

/** Whether an entry names a project the content has. */
export const knownProject = <T extends { roadmapId: string; projectId: string }>(value: T) =>
  findProject(value.roadmapId, value.projectId) !== undefined;
