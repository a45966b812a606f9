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

/** Rows are Sunday first; every other one is named, as calendars do. */
const weekdayLabels = ['', 'Mon', '', 'Wed', '', 'Fri', ''];
const monthName = new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' });

/** A week's column is labelled with its month when it holds that month's first Sunday. */
const monthLabel = (week: HeatmapCell[]) => {
  const first = new Date(`${week[0]!.day}T00:00:00Z`);
  return first.getUTCDate() <= 7 ? monthName.format(first) : '';
};

/**
 * 52 weeks of activity as a grid of days, with month and weekday labels; every cell also says its
 * date and count in words. Before any activity, what to do instead of an empty grid.
 */
export function ActivityHeatmap({
  weeks,
  total,
  empty,
}: {
  weeks: HeatmapCell[][];
  total: number;
  /** What stands in the grid's place before any activity. */
  empty: string;
}) {
  return (
    <Section id="activity" heading="Activity">
      <p className="mt-1 text-sm text-muted" data-testid="activity-total">
        {total === 0 ? empty : `${count(total, 'status change')} in the last 52 weeks`}
      </p>
      {total > 0 && (
        <div className="mt-3 flex text-[10px] leading-[10px] text-muted">
          <ol className="mt-4 mr-1 flex flex-col gap-[3px]" aria-hidden="true">
            {weekdayLabels.map((label, row) => (
              <li key={row} className="h-2.5">
                {label}
              </li>
            ))}
          </ol>
          {/* On a narrow screen the grid scrolls within itself (reachable by keyboard) and opens
              on the current week: a right-to-left scroll box starts at its right end, no script. */}
          <div
            className="max-w-full min-w-0 overflow-x-auto pb-2"
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
                  <span className="block h-4 w-2.5 whitespace-nowrap" aria-hidden="true">
                    {monthLabel(week)}
                  </span>
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
        </div>
      )}
      {total > 0 && (
        <p className="mt-1 flex items-center gap-1 text-xs text-muted" aria-hidden="true">
          Less{' '}
          {levelClass.map((cls) => (
            <span key={cls} className={`inline-block size-2.5 rounded-[2px] ${cls}`} />
          ))}{' '}
          More
        </p>
      )}
    </Section>
  );
}
