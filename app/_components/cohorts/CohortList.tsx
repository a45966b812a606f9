import Link from 'next/link';

import type { MyCohort } from '@/lib/cohorts/views';
import { getRoadmap } from '@/lib/content';
import { cohortPath } from '@/lib/routes';

const roleNames = { owner: 'You run it', mentor: 'You mentor it', member: 'You are a member' };

/** The learner's cohorts, each with its roadmap and the learner's role in it. */
export function CohortList({ cohorts }: { cohorts: readonly MyCohort[] }) {
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
        </li>
      ))}
    </ul>
  );
}
