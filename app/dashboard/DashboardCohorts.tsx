import Link from 'next/link';

import { CohortList } from '@/app/_components/cohorts/CohortList';
import { Section } from '@/app/_components/Section';
import { cohortWeeks } from '@/lib/cohorts/this-week';
import type { MyCohort } from '@/lib/cohorts/views';
import { formatCalendarDate } from '@/lib/format';
import type { Day } from '@/lib/plan/calendar';
import type { ProgressRow } from '@/lib/progress/status';
import type { ProjectRow } from '@/lib/projects/queries';
import { cohortsPath } from '@/lib/routes';

/**
 * The cohorts the learner runs, mentors or belongs to, with each scheduled one's week and where
 * the learner stands in it (from the rows the dashboard read); nothing for a learner in none.
 */
export function DashboardCohorts({
  cohorts,
  rows,
  projectRows,
  today,
}: {
  cohorts: readonly MyCohort[];
  rows: readonly ProgressRow[];
  projectRows: readonly ProjectRow[];
  today: Day;
}) {
  if (cohorts.length === 0) return null;
  const weeks = cohortWeeks(cohorts, rows, projectRows, today, formatCalendarDate);
  return (
    <Section id="cohorts" heading="Your cohorts">
      <CohortList cohorts={cohorts} weeks={weeks} />
      <p className="mt-2 text-sm">
        <Link href={cohortsPath} className="text-accent underline underline-offset-2">
          All cohorts, and starting one
        </Link>
      </p>
    </Section>
  );
}
