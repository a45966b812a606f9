import { count, formatHours } from '@/lib/format';

import type { Roadmap, Step } from './model';

/** A topic or a step project as a roadmap page's list needs it, compact: id, title, hours. */
export type ItemEntry = [id: string, title: string, hours: number];
export type TopicEntry = ItemEntry;

/** A step as the roadmap page renders it: no topic bodies, resources or anything else. */
export type StepEntry = Pick<
  Step,
  'id' | 'number' | 'title' | 'summary' | 'optional' | 'gapNote' | 'hours'
> & { topics: TopicEntry[]; project: ItemEntry };

/** What a roadmap page's client components take: the roadmap's id and title, and its steps. */
export type RoadmapSteps = { roadmapId: string; roadmapTitle: string; steps: StepEntry[] };

/** A step's size, "4 topics · about 32 h", as one string (one text node in the HTML, not three). */
export const stepSize = (step: StepEntry) =>
  `${count(step.topics.length, 'topic')} · ${formatHours(step.hours)}`;

/**
 * The roadmap page's steps, small enough to hand to client components: the page's HTML is
 * rendered from them once, and the RSC payload carries this list instead of a copy of the markup.
 * Every client component of the page takes this same array, so the payload holds it only once.
 */
export function toStepEntries(roadmap: Roadmap): StepEntry[] {
  const entry = (item: { id: string; title: string; hours: number }): ItemEntry => [
    item.id,
    item.title,
    item.hours,
  ];
  return roadmap.steps.map((step) => ({
    id: step.id,
    ...(step.number && { number: step.number }),
    title: step.title,
    summary: step.summary,
    ...(step.optional && { optional: step.optional }),
    ...(step.gapNote && { gapNote: step.gapNote }),
    hours: step.hours,
    topics: step.topics.map(entry),
    project: entry(step.project),
  }));
}
