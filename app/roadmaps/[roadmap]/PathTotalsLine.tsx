import type { PathTotals } from '@/lib/content/core-path';
import { count, formatHours } from '@/lib/format';

const describe = ({ steps, topics, hours }: PathTotals) =>
  `${count(steps, 'step')} · ${count(topics, 'topic')} · ${formatHours(hours)}`;

/** The roadmap's size, and its core path's beside it when some steps are optional. */
export function PathTotalsLine({ totals }: { totals: { all: PathTotals; core?: PathTotals } }) {
  return (
    <p className="mt-4 text-sm">
      {totals.core && (
        <>
          <strong>Core path:</strong> {describe(totals.core)} <span aria-hidden="true">—</span>{' '}
        </>
      )}
      <strong>{totals.core ? 'With optional steps:' : 'Whole roadmap:'}</strong>{' '}
      {describe(totals.all)} of study
    </p>
  );
}
