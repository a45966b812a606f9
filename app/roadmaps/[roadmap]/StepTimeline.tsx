import type { StepEntry } from '@/lib/content/step-entries';

import { StepSection } from './StepSection';

/**
 * The roadmap drawn as a path: a vertical line through numbered markers, one per step. The
 * `data-roadmap` list is what the client controller reads the page's steps and topics from.
 */
export function StepTimeline({
  roadmapId,
  title,
  steps,
}: {
  roadmapId: string;
  title: string;
  steps: StepEntry[];
}) {
  return (
    <ol className="steps" aria-label={`Steps of the ${title} roadmap`} data-roadmap={roadmapId}>
      {steps.map((step) => (
        <StepSection key={step.id} roadmapId={roadmapId} step={step} />
      ))}
    </ol>
  );
}
