import Link from 'next/link';

import { CohortList } from '@/app/_components/cohorts/CohortList';
import { Section } from '@/app/_components/Section';
import type { CohortWeek } from '@/lib/cohorts/this-week';
import type { MyCohort } from '@/lib/cohorts/views';
import { cohortsPath } from '@/lib/routes';

/**
 * The cohorts the learner runs, mentors or belongs to, with each scheduled one's week and where
 * the learner stands in it; nothing for a learner in none.
 */
export function DashboardCohorts({
  cohorts,
  weeks,
}: {
  cohorts: readonly MyCohort[];
  weeks: ReadonlyMap<string, CohortWeek>;
}) {
  if (cohorts.length === 0) return null;
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
