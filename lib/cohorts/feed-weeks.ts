import { getRoadmap } from '@/lib/content';
import type { Day } from '@/lib/plan/calendar';
import type { FeedCohortWeek } from '@/lib/plan/feed';
import { stepPath } from '@/lib/routes';

import { layOutSchedule, scheduleOf, scheduleWeeksIn } from './schedule';
import type { MyCohort } from './views';

/**
 * The weeks of the learner's running, scheduled cohorts that overlap the days `from` to `to`, for
 * the calendar feed: each on its first day, with its steps, their due days and their place on
 * the roadmap page. Pure; linear in the cohorts and the weeks.
 */
export function cohortFeedWeeks(
  cohorts: readonly MyCohort[],
  from: Day,
  to: Day,
): FeedCohortWeek[] {
  return cohorts.flatMap((cohort) => {
    const roadmap = getRoadmap(cohort.roadmapId);
    const schedule = scheduleOf(cohort);
    const layout = roadmap && schedule && layOutSchedule(roadmap, schedule);
    if (!roadmap || !schedule || !layout || cohort.archivedAt) return [];
    return scheduleWeeksIn(layout, schedule, from, to).map(({ week, startsOn, steps }) => ({
      cohortId: cohort.id,
      cohortName: cohort.name,
      number: week + 1,
      day: startsOn,
      steps: steps.map((step) => ({
        number: step.number,
        title: step.title,
        dueOn: step.dueOn,
        href: stepPath(roadmap.id, step.stepId),
      })),
    }));
  });
}
