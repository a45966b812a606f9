import Link from 'next/link';

import { CohortList } from '@/app/_components/cohorts/CohortList';
import { Section } from '@/app/_components/Section';
import type { MyCohort } from '@/lib/cohorts/views';
import { cohortsPath } from '@/lib/routes';

/** The cohorts the learner runs, mentors or belongs to; nothing for a learner in none. */
export function DashboardCohorts({ cohorts }: { cohorts: readonly MyCohort[] }) {
  if (cohorts.length === 0) return null;
  return (
    <Section id="cohorts" heading="Your cohorts">
      <CohortList cohorts={cohorts} />
      <p className="mt-2 text-sm">
        <Link href={cohortsPath} className="text-accent underline underline-offset-2">
          All cohorts, and starting one
        </Link>
      </p>
    </Section>
  );
}
