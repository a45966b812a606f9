import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';

import { personalPage } from '@/app/_components/errors/personal';
import { SignedInMarker } from '@/app/_components/SignedInMarker';
import { requireUser } from '@/lib/auth/session';
import { cohortAccessOf } from '@/lib/cohorts/access';
import { stalledDays } from '@/lib/cohorts/arrange';
import { memberRoadmap } from '@/lib/cohorts/member-queries';
import { roleMay } from '@/lib/cohorts/roles';
import { standingLabel } from '@/lib/cohorts/schedule';
import { checksLabel, studyTimeLabel } from '@/lib/cohorts/shared-labels';
import { count, formatCalendarDate, formatDayOf } from '@/lib/format';
import { learnerToday } from '@/lib/plan/queries';
import { cohortMemberPath, cohortPath } from '@/lib/routes';

import { ManageMember } from './ManageMember';
import { MemberSteps } from './MemberSteps';

export const metadata: Metadata = { title: 'A member’s roadmap', robots: { index: false } };

/**
 * One member's roadmap, read-only, for the cohort's owner and mentors: what joining and the
 * member's choices share, step by step; the owner also manages the member here. Anyone else, and a learner who is not a member of it,
 * gets the same 404 as for no such cohort.
 */
export default personalPage(async function MemberRoadmapPage({
  params,
}: PageProps<'/cohorts/[cohort]/members/[member]'>) {
  const { cohort: cohortId, member: memberId } = await params;
  const user = await requireUser(cohortMemberPath(cohortId, memberId));
  const cohort = await cohortAccessOf(cohortId, user.id);
  if (!cohort || !roleMay(cohort.role, 'view')) notFound();
  const view = await memberRoadmap(cohort, memberId, await learnerToday(user.id));
  if (!view) notFound();
  const { roadmap, row } = view;
  const stalled = stalledDays(row, new Date());
  const facts = [
    ['Last active', row.lastActive ? formatDayOf(row.lastActive) : 'Not yet'],
    ['Stalled', stalled === null ? null : count(stalled, 'day')],
    ['Done in the last 7 days', count(row.doneThisWeek, 'topic')],
    ['Against the schedule', row.standing && standingLabel(row.standing, formatCalendarDate)],
    ['Checks', checksLabel(row.checks)],
    ['Study time', studyTimeLabel(row.studyTime)],
  ] as const;
  return (
    <div>
      <SignedInMarker />
      <p className="text-sm">
        <Link href={cohortPath(cohort.id)} className="text-accent underline underline-offset-2">
          ← {cohort.name}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{row.login ?? 'A learner'}</h1>
      <p className="mt-1 text-muted">
        Their progress on the {roadmap.title} roadmap, as they share it with this cohort. Only they
        can change it.
      </p>
      <dl
        className="mt-4 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]"
        data-testid="member-facts"
      >
        {facts.map(
          ([term, value]) =>
            value !== null && (
              <div key={term} className="contents">
                <dt className="font-medium">{term}</dt>
                <dd>{value}</dd>
              </div>
            ),
        )}
      </dl>
      {roleMay(cohort.role, 'manage') && (
        <ManageMember cohortId={cohort.id} memberId={row.userId} login={row.login} />
      )}
      <MemberSteps view={view} />
    </div>
  );
});
