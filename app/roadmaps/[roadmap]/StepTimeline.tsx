'use client';

import type { RoadmapSteps } from '@/lib/content/step-entries';

import { StepSection } from './StepSection';

/**
 * The roadmap drawn as a path: a vertical line through numbered markers, one per step, each
 * closed by its project. A stateless client component, like its steps: the payload carries the
 * page's step entries once instead of an element per step.
 */
export function StepTimeline({ roadmapId, roadmapTitle, steps }: RoadmapSteps) {
  return (
    <ol className="steps" aria-label={`Steps of the ${roadmapTitle} roadmap`}>
      {steps.map((step) => (
        <StepSection key={step.id} roadmapId={roadmapId} step={step} />
      ))}
    </ol>
  );
}
