import { Section } from '@/app/_components/Section';
import { count } from '@/lib/format';
import type { HeatmapCell } from '@/lib/progress/activity';

const levelClass = [
  'bg-line',
  'bg-accent/30',
  'bg-accent/55',
  'bg-accent/80',
  'bg-accent',
] as const;

/** 52 weeks of activity as a grid of days; every cell also says its date and count in words. */
export function ActivityHeatmap({ weeks, total }: { weeks: HeatmapCell[][]; total: number }) {
  return (
    <Section id="activity" heading="Activity">
      <p className="mt-1 text-sm text-muted" data-testid="activity-total">
        {count(total, 'status change')} in the last 52 weeks
      </p>
      {/* On a narrow screen the grid scrolls within itself (reachable by keyboard) and opens on
          the current week: a right-to-left scroll box starts at its right end, with no script. */}
      <div
        className="mt-3 max-w-full overflow-x-auto pb-2"
        dir="rtl"
        tabIndex={0}
        role="region"
        aria-label="Activity, last 52 weeks (scrolls sideways)"
      >
        <ol
          className="flex w-max gap-[3px]"
          dir="ltr"
          aria-label="Status changes per day, week by week"
        >
          {weeks.map((week) => (
            <li key={week[0]!.day}>
              <ol className="flex flex-col gap-[3px]">
                {week.map((cell) => (
                  <li
                    key={cell.day}
                    title={`${cell.day}: ${count(cell.changes, 'change')}`}
                    className={`size-2.5 rounded-[2px] ${levelClass[cell.level]}`}
                  >
                    <span className="sr-only">{`${cell.day}: ${count(cell.changes, 'change')}`}</span>
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      </div>
      <p className="mt-1 flex items-center gap-1 text-xs text-muted" aria-hidden="true">
        Less{' '}
        {levelClass.map((cls) => (
          <span key={cls} className={`inline-block size-2.5 rounded-[2px] ${cls}`} />
        ))}{' '}
        More
      </p>
    </Section>
  );
}
