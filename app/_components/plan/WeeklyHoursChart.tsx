import { formatCalendarDate, formatHours } from '@/lib/format';
import type { WeekHours } from '@/lib/plan/weekly';

const WIDTH = 600;
const HEIGHT = 160;
const BOTTOM = 2;

/**
 * Hours studied per week as a bar chart drawn on the server (an SVG, no script), with the planned
 * pace as a dashed line; the same numbers as a table for screen readers and anyone who prefers it.
 */
export function WeeklyHoursChart({
  weeks,
  plannedPerWeek,
}: {
  weeks: WeekHours[];
  plannedPerWeek: number | null;
}) {
  const top = Math.max(1, plannedPerWeek ?? 0, ...weeks.map((week) => week.hours));
  const slot = WIDTH / weeks.length;
  const y = (hours: number) => (HEIGHT - BOTTOM) * (1 - hours / top);
  const label = (week: WeekHours) => formatCalendarDate(week.weekStart).replace(/ \d{4}$/, '');
  return (
    <figure className="mt-3">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full max-w-2xl"
        role="img"
        aria-label={`Hours studied per week, last ${weeks.length} weeks: see the table below`}
        data-testid="weekly-chart"
      >
        {weeks.map((week, index) => (
          <g key={week.weekStart}>
            <rect
              x={index * slot + slot * 0.15}
              y={y(week.hours)}
              width={slot * 0.7}
              height={HEIGHT - BOTTOM - y(week.hours)}
              className="fill-accent"
            >
              <title>{`Week of ${label(week)}: ${formatHours(week.hours)}`}</title>
            </rect>
          </g>
        ))}
        {plannedPerWeek !== null && (
          <line
            x1={0}
            x2={WIDTH}
            y1={y(plannedPerWeek)}
            y2={y(plannedPerWeek)}
            className="stroke-current"
            strokeDasharray="6 4"
          />
        )}
      </svg>
      {/* Week labels in HTML under the bars, every third week back from this one: text in the
          SVG shrinks with it and could not be read on a phone. */}
      <div className="flex max-w-2xl text-xs text-muted" aria-hidden="true">
        {weeks.map((week, index) => (
          <span key={week.weekStart} className="min-w-0 flex-1 text-center whitespace-nowrap">
            {(weeks.length - 1 - index) % 3 === 0 ? label(week) : ''}
          </span>
        ))}
      </div>
      <figcaption className="mt-1 text-xs text-muted">
        Bars: hours logged each week (weeks start on Monday).
        {plannedPerWeek !== null && ' Dashed line: your planned hours a week.'}
      </figcaption>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer">Show as a table</summary>
        <table className="mt-2 text-left" data-testid="weekly-table">
          <caption className="sr-only">Hours studied per week</caption>
          <thead>
            <tr>
              <th scope="col" className="pr-6 font-medium">
                Week of
              </th>
              <th scope="col" className="font-medium">
                Hours
              </th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.weekStart}>
                <td className="pr-6">{formatCalendarDate(week.weekStart)}</td>
                <td>{week.hours === 0 ? '—' : formatHours(week.hours)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
