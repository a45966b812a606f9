import {
  allStepsLabel,
  CORE_PATH_LABEL,
  pathTotals,
  type PathTotals as Totals,
} from '@/lib/content/core-path';
import { count, formatHours } from '@/lib/format';

type SizedSteps = Parameters<typeof pathTotals>[0];

const describe = ({ steps, topics, hours }: Totals) =>
  `${count(steps, 'step')} · ${count(topics, 'topic')} · ${formatHours(hours)} of study`;

/**
 * A roadmap's size: the core path and the whole roadmap, one total per line and each under the
 * same name wherever it appears (the roadmap page's header, the home page's cards).
 */
export function PathTotals({ steps, className }: { steps: SizedSteps; className?: string }) {
  const totals = pathTotals(steps);
  const lines: [string, Totals][] = totals.core ? [[CORE_PATH_LABEL, totals.core]] : [];
  lines.push([allStepsLabel(totals.core !== undefined), totals.all]);
  return (
    <dl className={className} data-testid="path-totals">
      {lines.map(([label, size]) => (
        <div key={label}>
          <dt className="inline font-semibold">{label}:</dt>{' '}
          <dd className="inline">{describe(size)}</dd>
        </div>
      ))}
    </dl>
  );
}
