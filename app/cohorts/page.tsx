import type { Metadata } from 'next';

import { ActionForm, Field } from '@/app/_components/cohorts/ActionForm';
import { CohortList } from '@/app/_components/cohorts/CohortList';
import { personalPage } from '@/app/_components/errors/personal';
import { SignedInMarker } from '@/app/_components/SignedInMarker';
import { requireUser } from '@/lib/auth/session';
import { createCohort } from '@/lib/cohorts/actions';
import { MAX_COHORT_NAME_LENGTH } from '@/lib/cohorts/limits';
import { myCohorts } from '@/lib/cohorts/views';
import { getRoadmaps } from '@/lib/content';
import { cohortsPath } from '@/lib/routes';

export const metadata: Metadata = { title: 'Cohorts', robots: { index: false } };

/** The learner's cohorts (run, mentored, joined) and the form to start one. */
export default personalPage(async function CohortsPage() {
  const user = await requireUser(cohortsPath);
  const cohorts = await myCohorts(user.id);
  return (
    <div className="max-w-2xl">
      <SignedInMarker />
      <h1 className="text-3xl font-bold tracking-tight">Cohorts</h1>
      <p className="mt-2 text-muted">
        Learn a roadmap together. The person who runs a cohort sees how far each member has got on
        its roadmap; members do not see each other.
      </p>
      <h2 className="mt-8 text-xl font-semibold">Your cohorts</h2>
      {cohorts.length === 0 ? (
        <p className="mt-2">You are in no cohort yet. Start one below, or open an invite link.</p>
      ) : (
        <CohortList cohorts={cohorts} />
      )}
      <h2 className="mt-8 text-xl font-semibold">Start a cohort</h2>
      <ActionForm
        action={createCohort}
        label="Start the cohort"
        pendingLabel="Starting…"
        tone="primary"
      >
        <Field label="Name" name="name" required maxLength={MAX_COHORT_NAME_LENGTH} />
        <label className="block text-sm">
          Roadmap
          <select
            name="roadmapId"
            required
            className="mt-1 block rounded-md border border-line bg-canvas px-3 py-1.5 text-sm"
          >
            {getRoadmaps().map((roadmap) => (
              <option key={roadmap.id} value={roadmap.id}>
                {roadmap.title}
              </option>
            ))}
          </select>
        </label>
      </ActionForm>
    </div>
  );
});
