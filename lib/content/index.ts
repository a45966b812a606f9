import { join } from 'node:path';

import type { Project, Roadmap, Step, Topic } from './model';
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
