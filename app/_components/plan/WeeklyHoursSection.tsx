import { Section } from '@/app/_components/Section';
import { formatHours } from '@/lib/format';
import { addDays, weekStartOf } from '@/lib/plan/calendar';
import type { DashboardPlans } from '@/lib/plan/dashboard';
import { getMinutesByDay } from '@/lib/plan/queries';
import { averageWeeklyHours, hoursByWeek } from '@/lib/plan/weekly';

import { WeeklyHoursChart } from './WeeklyHoursChart';

const CHART_WEEKS = 12;

/**
 * Hours studied per week against the planned pace — or, before any time is logged, what to do to
 * see them (no empty chart). Part of the dashboard's history, near its end.
 */
export async function WeeklyHoursSection({
  userId,
  plans,
}: {
  userId: string;
  plans: DashboardPlans;
}) {
  const { today, roadmaps } = plans;
  const minutes = await getMinutesByDay(
    userId,
    addDays(weekStartOf(today), -7 * (CHART_WEEKS - 1)),
  );
  const weeks = hoursByWeek(minutes, today, CHART_WEEKS);
  const actual = averageWeeklyHours(weeks);
  const planned = roadmaps.reduce((sum, { summary }) => sum + (summary?.pace.hoursPerWeek ?? 0), 0);
  return (
    <Section id="weekly-hours" heading="Hours studied per week">
      <p className="mt-1 text-sm" data-testid="pace-comparison">
        Planned pace: {planned > 0 ? `${formatHours(planned)} a week` : 'none yet'} · Your actual
        pace:{' '}
        {actual === null
          ? 'no finished week with time logged yet'
          : `${formatHours(actual)} a week (average of the finished weeks since you first logged time)`}
      </p>
      {weeks.every((week) => week.hours === 0) ? (
        <p className="mt-2 text-sm text-muted" data-testid="weekly-empty">
          No time logged in the last {CHART_WEEKS} weeks. Log time from Today above or on a topic
          page, and each week’s hours show here against your plan.
        </p>
      ) : (
        <WeeklyHoursChart weeks={weeks} plannedPerWeek={planned > 0 ? planned : null} />
      )}
    </Section>
  );
}
