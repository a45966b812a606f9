import { formatHours } from '@/lib/format';
import { addDays, weekStartOf } from '@/lib/plan/calendar';
import type { DashboardPlans as Plans } from '@/lib/plan/dashboard';
import { feedCreatedAt, getMinutesByDay } from '@/lib/plan/queries';
import { averageWeeklyHours, hoursByWeek } from '@/lib/plan/weekly';

import { CalendarFeedControls } from './CalendarFeedControls';
import { PlanWithPaceForm } from './PlanWithPaceForm';
import { WeeklyHoursChart } from './WeeklyHoursChart';

const CHART_WEEKS = 12;

/**
 * The dashboard's study plan: per roadmap, the plan (or a form to make one), then the hours
 * studied per week against the planned pace. Rendered on the server: it works without JavaScript.
 */
export async function DashboardPlans({ userId, plans }: { userId: string; plans: Plans }) {
  const { today, roadmaps } = plans;
  const [minutes, feedSince] = await Promise.all([
    getMinutesByDay(userId, addDays(weekStartOf(today), -7 * (CHART_WEEKS - 1))),
    feedCreatedAt(userId),
  ]);
  const weeks = hoursByWeek(minutes, today, CHART_WEEKS);
  const actual = averageWeeklyHours(weeks);
  const planned = roadmaps.reduce((sum, { summary }) => sum + (summary?.pace.hoursPerWeek ?? 0), 0);

  return (
    <section aria-labelledby="plan-heading" className="mt-8" data-testid="dashboard-plan">
      <h2 id="plan-heading" className="text-xl font-semibold">
        Your study plan
      </h2>
      <ul className="mt-3 space-y-4">
        {roadmaps.map(({ roadmap, state, summary }) => (
          <li
            key={roadmap.id}
            id={`plan-${roadmap.id}`}
            className="rounded-lg border border-line bg-surface p-4"
            data-testid={`plan-${roadmap.id}`}
          >
            <h3 className="font-semibold">{roadmap.title}</h3>
            <PlanWithPaceForm
              roadmapId={roadmap.id}
              roadmapTitle={roadmap.title}
              state={state}
              summary={summary}
              empty={
                <p className="mt-1 text-sm text-muted">
                  No plan yet. Say how many hours a week you have for this roadmap.
                </p>
              }
              refreshAfterSave
            />
          </li>
        ))}
      </ul>
      <h3 className="mt-6 font-semibold">Hours studied per week</h3>
      <p className="mt-1 text-sm" data-testid="pace-comparison">
        Planned pace: {planned > 0 ? `${formatHours(planned)} a week` : 'none yet'} · Your actual
        pace:{' '}
        {actual === null
          ? 'no finished week with time logged yet'
          : `${formatHours(actual)} a week (average of the finished weeks since you first logged time)`}
      </p>
      <WeeklyHoursChart weeks={weeks} plannedPerWeek={planned > 0 ? planned : null} />
      <h3 className="mt-6 font-semibold">Calendar</h3>
      <CalendarFeedControls activeSince={feedSince?.toISOString() ?? null} />
    </section>
  );
}
