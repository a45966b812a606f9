import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';

import { personalPage } from '@/app/_components/errors/personal';
import { SignedInMarker } from '@/app/_components/SignedInMarker';
import { requireUser } from '@/lib/auth/session';
import { cohortAccessOf } from '@/lib/cohorts/access';
import { gridOrderOf } from '@/lib/cohorts/arrange';
import { roleMay } from '@/lib/cohorts/roles';
import { getRoadmap } from '@/lib/content';
import { formatDayOf } from '@/lib/format';
import { cleanQueryValue } from '@/lib/http/query-value';
import { learnerToday } from '@/lib/plan/queries';
import { cohortPath, cohortsPath, roadmapPath } from '@/lib/routes';

import { MemberView } from './MemberView';
import { ScheduleSection } from './ScheduleSection';
import { StaffView } from './StaffView';

export const metadata: Metadata = { title: 'Cohort', robots: { index: false } };

/**
 * One cohort, as the learner's role sees it: the owner and mentors the members' grid, a member
 * their own standing and what they share. Anyone else gets the same 404 as for no such cohort.
 */
export default personalPage(async function CohortPage({
  params,
  searchParams,
}: PageProps<'/cohorts/[cohort]'>) {
  const { cohort: cohortId } = await params;
  const user = await requireUser(cohortPath(cohortId));
  const cohort = await cohortAccessOf(cohortId, user.id);
  if (!cohort) notFound();
  const roadmap = getRoadmap(cohort.roadmapId);
  // Weeks and standings count in the viewer's own days.
  const today = await learnerToday(user.id);
  const query = await searchParams;
  const page = Math.max(1, Math.floor(Number(cleanQueryValue(query.page, 4)) || 1));
  const arranging = gridOrderOf(
    cleanQueryValue(query.sort, 20) || undefined,
    cleanQueryValue(query.show, 20) || undefined,
  );
  return (
    <div>
      <SignedInMarker />
      <p className="text-sm">
        <Link href={cohortsPath} className="text-accent underline underline-offset-2">
          ← Your cohorts
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{cohort.name}</h1>
      <p className="mt-1 text-muted">
        Follows the{' '}
        {roadmap ? (
          <Link href={roadmapPath(roadmap.id)} className="underline underline-offset-2">
            {roadmap.title} roadmap
          </Link>
        ) : (
          `${cohort.roadmapId} roadmap (no longer published)`
        )}
        .
      </p>
      {cohort.archivedAt && (
        <p className="mt-3 rounded-md border border-line p-3 text-sm" data-testid="cohort-archived">
          Archived on {formatDayOf(cohort.archivedAt)}: the cohort is over. Nobody can join it any
          more and its invite links no longer work; what members shared stays here.
        </p>
      )}
      <ScheduleSection cohort={cohort} roadmap={roadmap} today={today} />
      {roleMay(cohort.role, 'view') ? (
        <StaffView cohort={cohort} today={today} page={page} {...arranging} />
      ) : (
        <MemberView
          cohort={cohort}
          today={today}
          user={{ userId: user.id, login: user.login ?? null }}
          page={page}
        />
      )}
    </div>
  );
});
