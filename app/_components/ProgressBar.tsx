import { count } from '@/lib/format';
import type { Tally } from '@/lib/progress/summary';

/**
 * Completion as a bar and in words: done and skipped fill the bar, in-progress topics show as a
 * lighter stripe after them. The text carries the numbers, so nothing relies on colour.
 */
export function ProgressBar({ tally, label }: { tally: Tally; label: string }) {
  const width = (n: number) => `${tally.total === 0 ? 0 : (n / tally.total) * 100}%`;
  return (
    <div>
      <div className="flex h-2.5 overflow-hidden rounded-full bg-line" aria-hidden="true">
        <div className="bg-accent" style={{ width: width(tally.complete) }} />
        <div
          className="bg-accent/40 bg-[repeating-linear-gradient(45deg,transparent_0_3px,var(--canvas)_3px_5px)]"
          style={{ width: width(tally.inProgress) }}
        />
      </div>
      <p className="mt-1 text-sm text-muted">
        <span className="sr-only">{label}: </span>
        {tally.complete} of {count(tally.total, 'topic')} complete ({tally.percent}%)
        {tally.skipped > 0 && ` · ${tally.skipped} skipped`}
        {tally.inProgress > 0 && ` · ${tally.inProgress} in progress`}
      </p>
    </div>
  );
}
