import type { Route } from 'next';

import { roadmapPath, topicPath } from '@/lib/routes';

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
export function nextTopicOffer(
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
