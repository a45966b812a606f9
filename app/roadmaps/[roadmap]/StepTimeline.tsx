'use client';

import type { RoadmapSteps } from '@/lib/content/step-entries';

import { StepSection } from './StepSection';

/**
 * The roadmap drawn as a path: a vertical line through numbered markers, one per step, each
 * closed by its project. The `data-roadmap` list is what the client controller reads the page's
 * steps and topics from. A stateless client component, like its steps: the payload carries the
 * page's step entries once instead of an element per step.
 */
export function StepTimeline({ roadmapId, roadmapTitle, steps }: RoadmapSteps) {
  return (
    <ol
      className="steps"
      aria-label={`Steps of the ${roadmapTitle} roadmap`}
      data-roadmap={roadmapId}
    >
      {steps.map((step) => (
        <StepSection key={step.id} roadmapId={roadmapId} step={step} />
      ))}
    </ol>
  );
}
