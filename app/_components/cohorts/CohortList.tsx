import Link from 'next/link';

import { weekLine, type CohortWeek } from '@/lib/cohorts/this-week';
import type { MyCohort } from '@/lib/cohorts/views';
import { getRoadmap } from '@/lib/content';
import { formatCalendarDate } from '@/lib/format';
import { cohortPath } from '@/lib/routes';

const roleNames = { owner: 'You run it', mentor: 'You mentor it', member: 'You are a member' };

/**
 * The learner's cohorts, each with its roadmap and the learner's role in it, and, where `weeks`
 * has it, the cohort's week and where the learner stands.
 */
export function CohortList({
  cohorts,
  weeks,
}: {
  cohorts: readonly MyCohort[];
  weeks?: ReadonlyMap<string, CohortWeek>;
}) {
  return (
    <ul className="mt-2 space-y-2">
      {cohorts.map((cohort) => (
        <li key={cohort.id}>
          <Link href={cohortPath(cohort.id)} className="text-accent underline underline-offset-2">
            {cohort.name}
          </Link>{' '}
          <span className="text-sm text-muted">
            · {getRoadmap(cohort.roadmapId)?.title ?? cohort.roadmapId} · {roleNames[cohort.role]}
            {cohort.archivedAt && ' · archived'}
          </span>
          <CohortWeekLine week={weeks?.get(cohort.id)} />
        </li>
      ))}
    </ul>
  );
}

function CohortWeekLine({ week }: { week: CohortWeek | undefined }) {
  if (!week) return null;
  return (
    <p className="text-sm" data-testid="cohort-week">
      {weekLine(week, formatCalendarDate)}
    </p>
  );
}
