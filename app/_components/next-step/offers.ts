import type { Route } from 'next';

import type { Step } from '@/lib/content';
import { projectPath, roadmapPath, stepPath, topicPath } from '@/lib/routes';

/**
 * One place a learner can go once a topic is finished. The topic page passes a list, the first
 * being the main one: another kind of offer (a step's project, once its last topic is done) joins
 * that list without touching WhatNext.
 */
export type NextOffer = { label: string; title: string; href: Route };

/**
 * The offers after finishing a topic: the next topic in roadmap order, or, after the last one,
 * the roadmap. Only titles and links, so the static page's payload stays small.
 */
function nextTopicOffer(
  roadmapId: string,
  next: { id: string; title: string } | undefined,
): NextOffer {
  return next
    ? { label: 'Next topic', title: next.title, href: topicPath(roadmapId, next.id) }
    : {
        label: 'That was the last topic',
        title: 'Back to the roadmap',
        href: roadmapPath(roadmapId),
      };
}

/**
 * What to offer once a topic is finished: after the last topic of a step, that step's project
 * first (it closes the step), then the next topic; anywhere else, the next topic alone.
 */
export function nextOffers(
  roadmapId: string,
  step: Pick<Step, 'topics' | 'project'>,
  topicId: string,
  next: { id: string; title: string } | undefined,
): NextOffer[] {
  const nextTopic = nextTopicOffer(roadmapId, next);
  if (step.topics.at(-1)?.id !== topicId) return [nextTopic];
  const { project } = step;
  return [
    { label: 'Step project', title: project.title, href: projectPath(roadmapId, project.id) },
    nextTopic,
  ];
}

/**
 * The way on at the end of a step's project page: the next step's first topic (or its project,
 * for a step without topics), or the roadmap after the last step; then back to this step's topics.
 */
export function projectWayOn(
  roadmap: { id: string; steps: readonly Pick<Step, 'id' | 'title' | 'topics' | 'project'>[] },
  stepId: string,
): NextOffer[] {
  const index = roadmap.steps.findIndex((step) => step.id === stepId);
  const step = roadmap.steps[index];
  const next = roadmap.steps[index + 1];
  const first = next?.topics[0];
  const onward: NextOffer = !next
    ? {
        label: 'That was the last step',
        title: 'Back to the roadmap',
        href: roadmapPath(roadmap.id),
      }
    : first
      ? { label: 'Next step', title: first.title, href: topicPath(roadmap.id, first.id) }
      : {
          label: 'Next step',
          title: next.project.title,
          href: projectPath(roadmap.id, next.project.id),
        };
  if (!step) return [onward];
  const back = {
    label: 'Back to this step',
    title: step.title,
    href: stepPath(roadmap.id, step.id),
  };
  return [onward, back];
}
