import { ProjectCard } from '@/app/_components/projects/ProjectCard';
import { stepSize, type StepEntry } from '@/lib/content/step-entries';
import { stepLabel } from '@/lib/format';
import { stepStatusPath } from '@/lib/routes';

import { TopicRow } from './TopicRow';

/**
 * One step of the timeline: its heading and topic rows (the marker and the line through the
 * markers are the item's ::before and ::after, numbered from `data-n`), then the step's project.
 * Without JavaScript, a link under the rows leads to the step's status page, which shows and saves
 * the learner's statuses (this page is static, and forms for every topic would double its size).
 * `step-slot` is where the roadmap's controller shows the learner's progress on the step.
 *
 * Rendered inside StepTimeline, a client component, only for the payload's sake, and stateless:
 * rendered by a server component, each row's markup would travel twice (HTML, and RSC payload at
 * ~350 bytes a row); this way the payload holds the compact StepEntry once. The one stateful part
 * is RoadmapController.
 */
export function StepSection({ roadmapId, step }: { roadmapId: string; step: StepEntry }) {
  const titleId = `step-${step.id}-title`;
  return (
    <li
      id={`step-${step.id}`}
      className="step"
      data-n={step.number ?? '★'}
      {...(step.optional && { 'data-optional': '' })}
    >
      <section aria-labelledby={titleId} className="step-body">
        {step.gapNote && <p className="gap-note">{step.gapNote}</p>}
        <p className="step-label">
          {stepLabel(step)}
          {step.optional && <span className="badge">Optional</span>}
        </p>
        <h2 id={titleId}>{step.title}</h2>
        <p>{step.summary}</p>
        <p className="step-meta">{stepSize(step)}</p>
        <div className="step-slot" />
        <ol className="rows">
          {step.topics.map(([id, title, hours]) => (
            <TopicRow key={id} roadmapId={roadmapId} id={id} title={title} hours={hours} />
          ))}
        </ol>
        <a
          id={`save-${step.id}`}
          className="nojs-only step-save"
          href={stepStatusPath(roadmapId, step.id)}
        >
          Your statuses in this step
        </a>
        <ProjectCard roadmapId={roadmapId} project={step.project} />
      </section>
    </li>
  );
}
