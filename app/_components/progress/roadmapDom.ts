'use client';

import { startTransition, useEffect, useState } from 'react';

import type { RoadmapOutline } from '@/lib/progress/summary';

export type StepSlots = {
  id: string;
  title: string;
  optional: boolean;
  /** Where the step's progress goes, and its item's completion in the overview. */
  slot: Element | null;
  overviewSlot: Element | null;
  topics: { id: string; title: string; slot: Element }[];
};

export type RoadmapDom = { outline: RoadmapOutline; steps: StepSlots[] };

const rowIdPrefix = 'topic-';
const stepIdPrefix = 'step-';

/**
 * The roadmap page's steps and topics as the server rendered them (StepTimeline, TopicRow,
 * RoadmapOverview): step and topic ids from the items' ids, titles from the headings and links.
 */
function readRoadmapDom(list: Element, roadmapId: string): RoadmapDom {
  const steps = Array.from(list.querySelectorAll<HTMLElement>(':scope > .step'), (step) => {
    const id = step.id.slice(stepIdPrefix.length);
    return {
      id,
      title: step.querySelector('h2')?.textContent ?? id,
      optional: step.dataset.optional !== undefined,
      slot: step.querySelector('.step-slot'),
      overviewSlot:
        document
          .querySelector(`.ov-list a[href="#${step.id}"]`)
          ?.parentElement?.querySelector('.ov-slot') ?? null,
      topics: Array.from(step.querySelectorAll<HTMLElement>('.rows > li'), (row) => {
        const topicId = row.id.slice(rowIdPrefix.length);
        return {
          id: topicId,
          title: row.querySelector('a')?.textContent ?? topicId,
          slot: row,
        };
      }),
    };
  });
  return { outline: { id: roadmapId, title: '', steps }, steps };
}

let read: { list: Element; dom: RoadmapDom } | undefined;

function snapshot(roadmapId: string): RoadmapDom | null {
  const list = document.querySelector(`[data-roadmap="${roadmapId}"]`);
  if (!list) return null;
  if (read?.list !== list) read = { list, dom: readRoadmapDom(list, roadmapId) };
  return read.dom;
}

/**
 * The page's structure, read once after hydration (null while the server renders and during
 * hydration, so the server's HTML is matched exactly before any slot is filled). Filling every
 * row's slot is a transition: React renders it in slices and yields to the browser in between,
 * instead of one long task right after hydration.
 */
export function useRoadmapDom(roadmapId: string): RoadmapDom | null {
  const [dom, setDom] = useState<RoadmapDom | null>(null);
  useEffect(() => {
    startTransition(() => setDom(snapshot(roadmapId)));
  }, [roadmapId]);
  return dom;
}
