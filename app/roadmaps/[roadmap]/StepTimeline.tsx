import { ProjectCard } from '@/app/_components/projects/ProjectCard';
import type { Roadmap } from '@/lib/content';
import type { StepEntry } from '@/lib/content/step-entries';

import { StepSection } from './StepSection';

/**
 * The roadmap drawn as a path: a vertical line through numbered markers, one per step, each
 * closed by its project. The `data-roadmap` list is what the client controller reads the page's
 * steps and topics from.
 */
export function StepTimeline({ roadmap, steps }: { roadmap: Roadmap; steps: StepEntry[] }) {
  const projectOf = new Map(roadmap.steps.map((step) => [step.id, step.project]));
  return (
    <ol
      className="steps"
      aria-label={`Steps of the ${roadmap.title} roadmap`}
      data-roadmap={roadmap.id}
    >
      {steps.map((step) => {
        const project = projectOf.get(step.id);
        return (
          <StepSection key={step.id} roadmapId={roadmap.id} step={step}>
            {project && <ProjectCard roadmapId={roadmap.id} project={project} />}
          </StepSection>
        );
      })}
    </ol>
  );
}
