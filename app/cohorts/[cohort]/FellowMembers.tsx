import { CohortSection } from '@/app/_components/cohorts/CohortSection';
import type { CohortAccess } from '@/lib/cohorts/access';
import { defaultGridOrder } from '@/lib/cohorts/arrange';
import { fellowMembersPage } from '@/lib/cohorts/grid-queries';
import type { Day } from '@/lib/plan/calendar';

import { CohortGrid } from './CohortGrid';
import { GridPages } from './GridPages';

/**
 * The members who chose to show their progress to the others, as a member sees them when the
 * owner lets members see each other: the grid without its controls or links, no more than each
 * shares.
 */
export async function FellowMembers({
  cohort,
  today,
  page,
}: {
  cohort: CohortAccess;
  today: Day;
  page: number;
}) {
  const grid = await fellowMembersPage(cohort, today, page);
  return (
    <CohortSection
      title="The members"
      intro="Those who chose to show the others their progress, and no more than each shares with the cohort."
    >
      {grid.members === 0 ? (
        <p data-testid="fellow-members-none">Nobody shows their progress to the members yet.</p>
      ) : (
        <>
          {grid.rows.length > 0 && (
            <CohortGrid rows={grid.rows} cohortId={cohort.id} linkMembers={false} />
          )}
          <GridPages cohortId={cohort.id} page={page} shown={grid.shown} order={defaultGridOrder} />
        </>
      )}
    </CohortSection>
  );
}
