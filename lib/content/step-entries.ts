import { count, formatHours } from '@/lib/format';

import type { Roadmap, Step } from './model';

/** A topic as a roadmap page's list needs it, compact: id, title, hours. */
export type TopicEntry = [id: string, title: string, hours: number];

/** A step as the roadmap page renders it: no topic bodies, resources or anything else. */
export type StepEntry = Pick<
  Step,
  'id' | 'number' | 'title' | 'summary' | 'optional' | 'gapNote' | 'hours'
> & { topics: TopicEntry[] };

/** A step's size, "4 topics · about 32 h", as one string (one text node in the HTML, not three). */
export const stepSize = (step: StepEntry) =>
  `${count(step.topics.length, 'topic')} · ${formatHours(step.hours)}`;

/**
 * The roadmap page's steps, small enough to hand to client components: the page's HTML is
 * rendered from them once, and the RSC payload carries this list instead of a copy of the markup.
 */
export function toStepEntries(roadmap: Roadmap): StepEntry[] {
  return roadmap.steps.map(({ id, number, title, summary, optional, gapNote, hours, topics }) => ({
    id,
    ...(number && { number }),
    title,
    summary,
    ...(optional && { optional }),
    ...(gapNote && { gapNote }),
    hours,
    topics: topics.map((topic): TopicEntry => [topic.id, topic.title, topic.hours]),
  }));
}
