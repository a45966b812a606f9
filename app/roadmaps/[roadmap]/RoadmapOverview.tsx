import type { Roadmap } from '@/lib/content';
import type { PathTotals } from '@/lib/content/core-path';
import { count, formatHours } from '@/lib/format';

/**
 * Every step at a glance, each a link to its section. The empty `ov-slot` is where the client
 * controller shows the learner's completion of the step; the list itself is static and prints.
 */
export function RoadmapOverview({
  roadmap,
  totals,
}: {
  roadmap: Roadmap;
  totals: { all: PathTotals; core?: PathTotals };
}) {
  return (
    <nav aria-labelledby="overview-heading" className="overview" data-print="keep">
      <div className="overview-inner">
        <h2 id="overview-heading" className="font-semibold">
          Overview
        </h2>
        <ol className="ov-list">
          {roadmap.steps.map((step) => (
            <li key={step.id} className="ov-item" data-overview-step={step.id}>
              <a href={`#step-${step.id}`}>
                <span className="ov-num">{step.number ?? '★'}</span>
                <span>{step.title}</span>
              </a>
              <span className="ov-meta">
                {count(step.topics.length, 'topic')} · {formatHours(step.hours)}
                {step.optional && <span className="badge">Optional</span>}
              </span>
              <span className="ov-slot" />
            </li>
          ))}
        </ol>
        {totals.core && (
          <p className="ov-meta mt-2">
            Steps marked optional are not part of the core path of{' '}
            {count(totals.core.topics, 'topic')}.
          </p>
        )}
      </div>
    </nav>
  );
}
