import { CohortSchedule } from '@/app/_components/cohorts/CohortSchedule';
import { CohortSection } from '@/app/_components/cohorts/CohortSection';
import type { CohortAccess } from '@/lib/cohorts/access';
import { roleMay } from '@/lib/cohorts/roles';
import { layOutSchedule, scheduleOf, thisWeekSentence, weekIndex } from '@/lib/cohorts/schedule';
import type { Roadmap } from '@/lib/content';
import { formatCalendarDate, formatHours } from '@/lib/format';
import type { Day } from '@/lib/plan/calendar';

import { ScheduleForm } from './ScheduleForm';

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
            {thisWeekSentence(layout, schedule, week, formatCalendarDate)}
          </p>
          <CohortSchedule layout={layout} week={week} />
        </>
      )}
      {roleMay(cohort.role, 'manage') && !cohort.archivedAt && <ScheduleForm cohort={cohort} />}
    </CohortSection>
  );
}
