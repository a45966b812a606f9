import Link from 'next/link';

import { CohortList } from '@/app/_components/cohorts/CohortList';
import type { MyCohort } from '@/lib/cohorts/views';
import { cohortsPath } from '@/lib/routes';

/** The cohorts the learner runs, mentors or belongs to; nothing for a learner in none. */
export function DashboardCohorts({ cohorts }: { cohorts: readonly MyCohort[] }) {
  if (cohorts.length === 0) return null;
  return (
    <section aria-labelledby="cohorts-heading" className="mt-8">
      <h2 id="cohorts-heading" className="text-xl font-semibold">
        Your cohorts
      </h2>
      <CohortList cohorts={cohorts} />
      <p className="mt-2 text-sm">
        <Link href={cohortsPath} className="text-accent underline underline-offset-2">
          All cohorts, and starting one
        </Link>
      </p>
    </section>
  );
}
