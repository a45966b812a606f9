import { StepProgress } from '@/app/_components/progress/RoadmapProgress';
import { ProjectCard } from '@/app/_components/projects/ProjectCard';
import type { Roadmap } from '@/lib/content';
import { count, formatHours, stepLabel } from '@/lib/format';

import { TopicRow } from './TopicRow';

/** The roadmap drawn as a path: a vertical line through numbered markers, one per step. */
export function StepTimeline({ roadmap }: { roadmap: Roadmap }) {
  return (
    <ol className="mt-10" aria-label={`Steps of the ${roadmap.title} roadmap`}>
      {roadmap.steps.map((step, index) => {
        const isLast = index === roadmap.steps.length - 1;
        return (
          <li
            key={step.id}
            id={`step-${step.id}`}
            className="relative flex gap-4 sm:gap-6"
            data-print="keep"
          >
            <div className="flex flex-col items-center" aria-hidden="true">
              <span className="flex size-11 shrink-0 items-center justify-center rounded-full border-2 border-accent bg-surface text-sm font-bold text-accent">
                {step.number ?? '★'}
              </span>
              {!isLast && <span className="w-0.5 grow bg-line" />}
            </div>
            <section aria-labelledby={`step-${step.id}-title`} className="min-w-0 grow pb-10">
              <p className="text-sm font-medium text-accent">{stepLabel(step)}</p>
              <h2 id={`step-${step.id}-title`} className="mt-1 text-xl font-semibold">
                {step.title}
              </h2>
              <p className="mt-2 max-w-3xl text-muted">{step.summary}</p>
              <p className="mt-2 text-sm text-muted">
                {count(step.topics.length, 'topic')} · {formatHours(step.hours)}
              </p>
              <StepProgress stepId={step.id} />
              <ol className="mt-4 divide-y divide-(--line) rounded-lg border border-line bg-surface">
                {step.topics.map(({ id, title, hours }) => (
                  <TopicRow key={id} roadmapId={roadmap.id} topic={{ id, title, hours }} />
                ))}
              </ol>
              <ProjectCard roadmapId={roadmap.id} project={step.project} />
            </section>
          </li>
        );
      })}
    </ol>
  );
}
