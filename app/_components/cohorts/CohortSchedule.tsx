import type { ScheduleLayout } from '@/lib/cohorts/schedule';
import { formatCalendarDate } from '@/lib/format';

/**
 * The cohort's schedule, step by step: the weeks each step is studied in and the day it is due,
 * this week's steps marked in words (not colour alone).
 */
export function CohortSchedule({ layout, week }: { layout: ScheduleLayout; week: number }) {
  const weeks = (first: number, last: number) =>
    first === last ? `Week ${first + 1}` : `Weeks ${first + 1}–${last + 1}`;
  return (
    <ol className="max-w-2xl space-y-1 text-sm" data-testid="cohort-schedule">
      {layout.steps.map((step) => {
        const current = step.firstWeek <= week && week <= step.dueWeek;
        return (
          <li key={step.stepId} className={current ? 'font-semibold' : undefined}>
            Step {step.number}: {step.title} · {weeks(step.firstWeek, step.dueWeek)}, due{' '}
            {formatCalendarDate(step.dueOn)}
            {current && ' · this week'}
          </li>
        );
      })}
    </ol>
  );
}
