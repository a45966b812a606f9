'use client';

import { startTransition, useEffect, useState } from 'react';

import type { RoadmapSteps } from '@/lib/content/step-entries';
import type { RoadmapOutline } from '@/lib/progress/summary';

export type StepSlots = {
  id: string;
  title: string;
  optional: boolean;
  /** Where the step's progress goes, and its item's completion in the overview. */
  slot: Element | null;
  overviewSlot: Element | null;
  /** Each row: the learner's status control and badges are added at its end. */
  topics: { id: string; title: string; slot: Element }[];
};

export type RoadmapDom = { outline: RoadmapOutline; steps: StepSlots[] };

/**
 * The page's steps (the entries its server-rendered list was made from) with the places their
 * learner's data goes, found by the ids StepSection, TopicRow and RoadmapOverview gave them.
 */
function findSlots({ roadmapId, roadmapTitle, steps }: RoadmapSteps): RoadmapDom {
  const slotted = steps.map((step): StepSlots => {
    const stepId = `step-${step.id}`;
    return {
      id: step.id,
      title: step.title,
      optional: step.optional === true,
      slot: document.getElementById(stepId)?.querySelector('.step-slot') ?? null,
      overviewSlot:
        document
          .querySelector(`.ov-list a[href="#${stepId}"]`)
          ?.parentElement?.querySelector('.ov-slot') ?? null,
      topics: step.topics.flatMap(([id, title]) => {
        const row = document.getElementById(`topic-${id}`);
        return row ? [{ id, title, slot: row }] : [];
      }),
    };
  });
  return { outline: { id: roadmapId, title: roadmapTitle, steps: slotted }, steps: slotted };
}

/**
 * The page's slots, found once after hydration (null while the server renders and during
 * hydration, so the server's HTML is matched exactly before any slot is filled). Filling every
 * row's slot is a transition: React renders it in slices and yields to the browser in between,
 * instead of one long task right after hydration.
 */
export function useRoadmapDom({ roadmapId, roadmapTitle, steps }: RoadmapSteps): RoadmapDom | null {
  const [dom, setDom] = useState<RoadmapDom | null>(null);
  useEffect(() => {
    startTransition(() => setDom(findSlots({ roadmapId, roadmapTitle, steps })));
  }, [roadmapId, roadmapTitle, steps]);
  return dom;
}
