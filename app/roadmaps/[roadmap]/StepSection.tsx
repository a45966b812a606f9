import type { Roadmap } from '@/lib/content';
import { count, formatHours, stepLabel } from '@/lib/format';

import { StepTopics } from './StepTopics';

type Step = Roadmap['steps'][number];

/**
 * One step of the timeline: its marker, heading and topic rows, the form that saves a status
 * without JavaScript, then `children` — what a feature adds at the end of a step (a project).
 * `step-slot` is where the client controller shows the learner's progress on the step.
 */
export function StepSection({
  roadmapId,
  step,
  children,
}: {
  roadmapId: string;
  step: Step;
  children?: React.ReactNode;
}) {
  const titleId = `step-${step.id}-title`;
  return (
    <li
      id={`step-${step.id}`}
      className="step"
      data-step={step.id}
      {...(step.optional && { 'data-optional': '' })}
      data-print="keep"
    >
      <div className="step-rail" aria-hidden="true">
        <span className="step-marker">{step.number ?? '★'}</span>
        <span className="step-line" />
      </div>
      <section aria-labelledby={titleId} className="step-body">
        {step.gapNote && <p className="gap-note">{step.gapNote}</p>}
        <p className="step-label">
          {stepLabel(step)}
          {step.optional && <span className="badge">Optional</span>}
        </p>
        <h2 id={titleId} className="mt-1 text-xl font-semibold">
          {step.title}
        </h2>
        <p className="mt-2 text-muted">{step.summary}</p>
        <p className="mt-2 text-sm text-muted">
          {count(step.topics.length, 'topic')} · {formatHours(step.hours)}
        </p>
        <div className="step-slot" />
        <StepTopics
          roadmapId={roadmapId}
          stepId={step.id}
          topics={step.topics.map((topic) => [topic.id, topic.title, topic.hours])}
        />
        {children}
      </section>
    </li>
  );
}
