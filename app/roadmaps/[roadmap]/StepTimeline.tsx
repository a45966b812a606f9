import type { Roadmap } from '@/lib/content';

import { StepSection } from './StepSection';

/**
 * The roadmap drawn as a path: a vertical line through numbered markers, one per step. The
 * `data-roadmap` list is what the client controller reads the page's steps and topics from.
 */
export function StepTimeline({ roadmap }: { roadmap: Roadmap }) {
  return (
    <ol
      className="steps"
      aria-label={`Steps of the ${roadmap.title} roadmap`}
      data-roadmap={roadmap.id}
    >
      {roadmap.steps.map((step) => (
        <StepSection key={step.id} roadmapId={roadmap.id} step={step} />
      ))}
    </ol>
  );
}
