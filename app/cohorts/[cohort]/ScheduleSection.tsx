import { CohortSchedule } from '@/app/_components/cohorts/CohortSchedule';
import { CohortSection } from '@/app/_components/cohorts/CohortSection';
import type { CohortAccess } from '@/lib/cohorts/access';
import { roleMay } from '@/lib/cohorts/roles';
import {
  layOutSchedule,
  scheduleOf,
  stepsThisWeek,
  weekIndex,
  type CohortSchedule as Schedule,
  type ScheduleLayout,
} from '@/lib/cohorts/schedule';
import type { Roadmap } from '@/lib/content';
import { formatCalendarDate, formatHours } from '@/lib/format';
import type { Day } from '@/lib/plan/calendar';

import { ScheduleForm } from './ScheduleForm';

/** Where the cohort is this week, in one sentence. */
function thisWeekLine(layout: ScheduleLayout, schedule: Schedule, week: number) {
  if (week < 0) return `It starts on ${formatCalendarDate(schedule.startsOn)}.`;
  const steps = stepsThisWeek(layout, week);
  if (steps.length === 0) return 'Every step’s week has passed: the schedule is over.';
  const names = steps.map((step) => `Step ${step.number}: ${step.title}`).join(', then ');
  return `This week (week ${week + 1}): ${names}.`;
}

/**
 * The cohort's schedule for everyone in it: the pace, this week's step and every step's weeks;
 * the owner also gets the form that sets it.
 */
export function ScheduleSection({
  cohort,
  roadmap,
  today,
}: {
  cohort: CohortAccess;
  roadmap: Roadmap | undefined;
  today: Day;
}) {
  const schedule = scheduleOf(cohort);
  const layout = schedule && roadmap ? layOutSchedule(roadmap, schedule) : null;
  const week = schedule ? weekIndex(schedule, today) : 0;
  const pace = layout && `${formatHours(layout.hoursPerWeek)} a week`;
  return (
    <CohortSection
      title="Schedule"
      intro={
        schedule && layout
          ? `From ${formatCalendarDate(schedule.startsOn)}${schedule.endsOn ? ` to ${formatCalendarDate(schedule.endsOn)}` : ''}, ${pace}${cohort.countsOptional ? '' : ', optional steps left out'}.`
          : 'No schedule yet: members go at their own pace.'
      }
    >
      {schedule && layout && (
        <>
          <p className="mb-2 font-medium" data-testid="cohort-this-week">
            {thisWeekLine(layout, schedule, week)}
          </p>
          <CohortSchedule layout={layout} week={week} />
        </>
      )}
      {roleMay(cohort.role, 'manage') && !cohort.archivedAt && <ScheduleForm cohort={cohort} />}
    </CohortSection>
  );
}
