import { getReviewCards } from '@/lib/checks/cards';
import { reviewLoadByRoadmap } from '@/lib/checks/sessions';
import { getRoadmaps } from '@/lib/content';
import { formatHours } from '@/lib/format';
import { addDays, dayIn, weekStartOf } from '@/lib/plan/calendar';
import { feedCreatedAt, getMinutesByDay, getPlanStates } from '@/lib/plan/queries';
import { planSummaryFor, progressByRoadmap } from '@/lib/plan/view';
import { averageWeeklyHours, hoursByWeek } from '@/lib/plan/weekly';
import type { ProgressRow } from '@/lib/progress/status';

import { CalendarFeedControls } from './CalendarFeedControls';
import { PlanWithPaceForm } from './PlanWithPaceForm';
import { WeeklyHoursChart } from './WeeklyHoursChart';

const CHART_WEEKS = 12;

/**
 * The dashboard's study plan: per roadmap, the plan (or a form to make one), then the hours
 * studied per week against the planned pace. Rendered on the server: it works without JavaScript.
 */
export async function DashboardPlans({
  userId,
  timeZone,
  progress,
}: {
  userId: string;
  timeZone: string;
  progress: readonly ProgressRow[];
}) {
  const today = dayIn(new Date(), timeZone);
  const [states, minutes, feedSince, cards] = await Promise.all([
    getPlanStates(userId, today),
    getMinutesByDay(userId, addDays(weekStartOf(today), -7 * (CHART_WEEKS - 1))),
    feedCreatedAt(userId),
    getReviewCards(userId),
  ]);
  const weekReviewsOf = reviewLoadByRoadmap(cards, today, addDays(weekStartOf(today), 6));
  const progressOf = progressByRoadmap(progress);
  const weeks = hoursByWeek(minutes, today, CHART_WEEKS);
  const actual = averageWeeklyHours(weeks);
  const roadmaps = getRoadmaps().map((roadmap) => {
    const state = states.get(roadmap.id);
    const summary = state ? planSummaryFor(roadmap, progressOf.get(roadmap.id) ?? {}, state) : null;
    const weekReviews = weekReviewsOf.get(roadmap.id);
    return { roadmap, state, summary, weekReviews };
  });
  const planned = roadmaps.reduce((sum, { summary }) => sum + (summary?.pace.hoursPerWeek ?? 0), 0);

  return (
    <section aria-labelledby="plan-heading" className="mt-8" data-testid="dashboard-plan">
      <h2 id="plan-heading" className="text-xl font-semibold">
        Your study plan
      </h2>
      <ul className="mt-3 space-y-4">
        {roadmaps.map(({ roadmap, state, summary, weekReviews }) => (
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
              weekReviews={weekReviews}
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
