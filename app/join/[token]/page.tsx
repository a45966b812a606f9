import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';

import { ActionForm } from '@/app/_components/cohorts/ActionForm';
import { personalPage } from '@/app/_components/errors/personal';
import { currentSession } from '@/lib/auth/session';
import { joinCohort } from '@/lib/cohorts/actions';
import { inviteProblemMessages } from '@/lib/cohorts/invites';
import { inviteView } from '@/lib/cohorts/views';
import { getRoadmap } from '@/lib/content';
import { cohortPath, joinPath, signInPath } from '@/lib/routes';
import { hashSecretToken } from '@/lib/secret-token';

export const metadata: Metadata = { title: 'Join a cohort', robots: { index: false } };

const linkLook = 'text-accent underline underline-offset-2';

/**
 * What an invite link opens: the cohort, who runs it and exactly what members share, then Join or
 * Decline. A visitor signs in first and comes back here; a link nobody made is a 404.
 */
export default personalPage(async function JoinPage({ params }: PageProps<'/join/[token]'>) {
  const { token } = await params;
  const session = await currentSession();
  const userId = session?.user?.id ?? null;
  const invite = await inviteView(hashSecretToken(token), userId);
  if (!invite) notFound();
  const roadmap = getRoadmap(invite.roadmapId);
  return (
    <div className="max-w-xl">
      <p className="text-sm font-semibold text-accent">Invitation</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">Join {invite.name}</h1>
      <p className="mt-3">
        {invite.ownerLogin ?? 'A learner'} runs this cohort. It follows the{' '}
        {roadmap?.title ?? invite.roadmapId} roadmap.
      </p>
      <h2 className="mt-6 text-xl font-semibold">What members share</h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        <li>
          Your status of each topic and each step project of this roadmap, with the links you gave
          to what you built, and when you last changed one.
        </li>
        <li>
          Nothing else unless you turn it on, per cohort: knowledge-check results and study time are
          off.
        </li>
        <li>
          Your notes, other roadmaps and private profile stay private. Other members see nothing of
          you unless the owner lets members see each other and you choose to show them.
        </li>
        <li>You can leave at any time; from then on the cohort sees nothing more of you.</li>
      </ul>
      <div className="mt-6">
        {invite.role ? (
          <p>
            You are already in this cohort.{' '}
            <Link href={cohortPath(invite.cohortId)} className={linkLook}>
              Open it
            </Link>
          </p>
        ) : invite.problem ? (
          <p role="alert">{inviteProblemMessages[invite.problem]}</p>
        ) : !userId ? (
          <p>
            <Link href={signInPath(joinPath(token))} className={linkLook}>
              Sign in to join
            </Link>{' '}
            — you come back here afterwards.
          </p>
        ) : (
          <div className="flex flex-wrap items-start gap-4">
            <ActionForm
              action={joinCohort}
              hidden={{ token }}
              label="Join the cohort"
              pendingLabel="Joining…"
              tone="primary"
            />
            <Link href="/" className={`${linkLook} py-1.5 text-sm`}>
              Decline
            </Link>
          </div>
        )}
      </div>
    </div>
  );
});
