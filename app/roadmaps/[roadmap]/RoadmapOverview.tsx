'use client';

import { stepSize, type StepEntry } from '@/lib/content/step-entries';
import { count } from '@/lib/format';

/**
 * Every step at a glance, each a link to its section. The empty `ov-slot` is where the roadmap's
 * controller shows the learner's completion of the step; the list itself is static and prints.
 * On a phone it is folded to one line, so the topics come within two screens (issue 27); on a wide
 * screen it is the right column and always open (globals.css, `.overview-inner`).
 * A stateless client component for the same reason as StepSection: it renders from the steps the
 * timeline already receives, so the payload does not carry the list a second time.
 */
export function RoadmapOverview({ steps }: { steps: StepEntry[] }) {
  const hasOptional = steps.some((step) => step.optional);
  return (
    <nav aria-labelledby="overview-heading" className="overview" data-print="keep">
      <details className="overview-inner">
        <summary className="cursor-pointer font-semibold">
          Overview <span className="font-normal text-muted">· {count(steps.length, 'step')}</span>
        </summary>
        <h2 id="overview-heading" className="ov-heading">
          Overview
        </h2>
        <ol className="ov-list">
          {steps.map((step) => (
            <li key={step.id}>
              <a href={`#step-${step.id}`}>
                <b>{step.number ?? '★'}</b>
                <span>{step.title}</span>
              </a>
              <span className="ov-meta">
                {stepSize(step)}
                {step.optional && <span className="badge">Optional</span>}
              </span>
              <span className="ov-slot" />
            </li>
          ))}
        </ol>
        {hasOptional && (
          <p className="ov-meta mt-2">Steps marked optional are not part of the core path.</p>
        )}
      </details>
    </nav>
  );
}
