'use client';

import { StepStatusForm } from '@/app/_components/progress/StepStatusForm';
import { stepSize, type StepEntry } from '@/lib/content/step-entries';
import { stepLabel } from '@/lib/format';

import { TopicRow } from './TopicRow';

/**
 * One step of the timeline: its marker, heading and topic rows, the form that saves a status
 * without JavaScript, then `children` — what a feature adds at the end of a step (a project).
 * `step-slot` is where the roadmap's controller shows the learner's progress on the step.
 *
 * A client component only for the payload's sake, and stateless: rendered by a server component,
 * each row's markup would travel twice (HTML, and RSC payload at ~350 bytes a row); this way the
 * payload holds the compact StepEntry once. The one stateful part is RoadmapController.
 */
export function StepSection({
  roadmapId,
  step,
  children,
}: {
  roadmapId: string;
  step: StepEntry;
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
        <h2 id={titleId}>{step.title}</h2>
        <p className="mt-2 text-muted">{step.summary}</p>
        <p className="step-meta">{stepSize(step)}</p>
        <div className="step-slot" />
        <ol className="rows">
          {step.topics.map(([id, title, hours]) => (
            <TopicRow key={id} roadmapId={roadmapId} id={id} title={title} hours={hours} />
          ))}
        </ol>
        <StepStatusForm roadmapId={roadmapId} stepId={step.id} topics={step.topics} />
        {children}
      </section>
    </li>
  );
}
