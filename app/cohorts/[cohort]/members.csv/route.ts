import { headers } from 'next/headers';

import { currentSession } from '@/lib/auth/session';
import { cohortAccess } from '@/lib/cohorts/access';
import { membersCsv, membersCsvName } from '@/lib/cohorts/csv';
import { everyMemberRow } from '@/lib/cohorts/grid-queries';
import { getRoadmap } from '@/lib/content';
import { noStoreHeaders } from '@/lib/http/no-store';
import { answerOrFail } from '@/lib/http/route-failure';
import { learnerToday } from '@/lib/plan/queries';

const text = (status: number, message: string) =>
  new Response(message, {
    status,
    headers: { ...noStoreHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
  });

/**
 * Downloads a cohort's members × steps grid as a CSV file, every member at once, for its owner
 * and mentors. A member of it, anyone else and a cohort that does not exist all get the same 404,
 * as on the cohort's page, so nobody learns which cohorts exist.
 */
export async function GET(
  _request: Request,
  { params }: RouteContext<'/cohorts/[cohort]/members.csv'>,
) {
  const { cohort: cohortId } = await params;
  return answerOrFail(
    { route: '/cohorts/[cohort]/members.csv', headers: await headers() },
    'The cohort’s members cannot be downloaded right now.',
    async () => {
      const session = await currentSession();
      if (!session?.user) return text(401, 'Sign in to download a cohort’s members.');
      // The same rule as every cohort action's authorization step.
      const granted = await cohortAccess('view')({ cohortId }, session.user);
      if (!granted) return text(404, 'There is no such cohort.');
      const { cohort } = granted;
      const steps = getRoadmap(cohort.roadmapId)?.steps ?? [];
      const csv = membersCsv(
        steps.map((step) => step.title),
        await everyMemberRow(cohort, await learnerToday(session.user.id)),
      );
      return new Response(csv, {
        headers: {
          ...noStoreHeaders,
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="${membersCsvName(cohort.name)}"`,
        },
      });
    },
  );
}
