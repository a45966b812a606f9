import { ActionForm } from '@/app/_components/cohorts/ActionForm';
import { CohortSection } from '@/app/_components/cohorts/CohortSection';
import type { CohortAccess } from '@/lib/cohorts/access';
import { deleteCohort, removeMember, setArchived, setMentor } from '@/lib/cohorts/actions';
import { gridFilters, type GridOrder } from '@/lib/cohorts/arrange';
import { roleMay } from '@/lib/cohorts/roles';
import { staffView } from '@/lib/cohorts/views';
import { count } from '@/lib/format';
import type { Day } from '@/lib/plan/calendar';
import { cohortCsvPath } from '@/lib/routes';

import { CohortGrid } from './CohortGrid';
import { GridOrderForm } from './GridOrderForm';
import { GridPages } from './GridPages';
import { InvitesPanel } from './InvitesPanel';
import { MemberViewForm } from './MemberViewForm';

/** The owner's form that archives a running cohort, or reopens an archived one. */
const archiveForms = {
  archive: {
    title: 'Archive the cohort',
    intro:
      'When it is over: nobody can join any more and its invite links stop working. The grid and its CSV stay, and you can reopen it.',
    label: 'Archive this cohort',
    archived: 'yes',
  },
  reopen: {
    title: 'Reopen the cohort',
    intro: 'Reopened, it takes members again through new invite links.',
    label: 'Reopen this cohort',
    archived: 'no',
  },
};

/** What the owner and mentors see: the grid, page by page, and who runs the cohort. */
export async function StaffView({
  cohort,
  today,
  page,
  order,
  problem,
}: {
  cohort: CohortAccess;
  today: Day;
  page: number;
  order: GridOrder;
  /** Why the order or filter the URL asked for is not the one shown. */
  problem: string | null;
}) {
  const manage = roleMay(cohort.role, 'manage');
  const { grid, staff, invites } = await staffView(cohort, today, page, order);
  const archiving = cohort.archivedAt ? archiveForms.reopen : archiveForms.archive;
  return (
    <>
      <h2 className="mt-8 text-xl font-semibold">Members ({grid.members})</h2>
      <p className="mt-1 text-sm text-muted">
        Statuses on this roadmap and step projects with their links are what joining shares; check
        results and study time show only for members who chose to share them.
      </p>
      {grid.members === 0 ? (
        <p className="mt-3">
          Nobody has joined yet. {manage && 'Make an invite link below and send it.'}
        </p>
      ) : (
        <>
          <GridOrderForm order={order} />
          {problem && (
            <p role="alert" className="mt-2 text-sm" data-testid="grid-order-problem">
              {problem}
            </p>
          )}
          {grid.shown < grid.members && (
            <p className="mt-2 text-sm" data-testid="grid-shown">
              Showing {count(grid.shown, 'member')} of {grid.members}:{' '}
              {gridFilters[order.show].toLowerCase()}.
            </p>
          )}
          {grid.rows.length > 0 && <CohortGrid rows={grid.rows} cohortId={cohort.id} />}
          <p className="mt-2 text-sm">
            <a href={cohortCsvPath(cohort.id)} download className="underline underline-offset-2">
              Download all {count(grid.members, 'member')} as CSV
            </a>{' '}
            (for a spreadsheet)
          </p>
        </>
      )}
      <GridPages cohortId={cohort.id} page={page} shown={grid.shown} order={order} />
      <h2 className="mt-8 text-xl font-semibold">Who runs it</h2>
      <ul className="mt-2 space-y-2">
        {staff.map((person) => (
          <li key={person.userId} className="flex flex-wrap items-center gap-3">
            <span>
              {person.login ?? 'A learner'} · {person.role === 'owner' ? 'owner' : 'mentor'}
            </span>
            {manage && person.role === 'mentor' && (
              <>
                <ActionForm
                  action={setMentor}
                  hidden={{ cohortId: cohort.id, memberId: person.userId, mentor: 'no' }}
                  label={`Make ${person.login ?? 'them'} a member again`}
                  pendingLabel="Saving…"
                />
                <ActionForm
                  action={removeMember}
                  hidden={{ cohortId: cohort.id, memberId: person.userId }}
                  label={`Remove ${person.login ?? 'them'}`}
                  pendingLabel="Removing…"
                />
              </>
            )}
          </li>
        ))}
      </ul>
      {manage && (
        <>
          {!cohort.archivedAt && <InvitesPanel cohortId={cohort.id} invites={invites} />}
          <MemberViewForm cohort={cohort} />
          <CohortSection title={archiving.title} intro={archiving.intro}>
            <ActionForm
              action={setArchived}
              hidden={{ cohortId: cohort.id, archived: archiving.archived }}
              label={archiving.label}
              pendingLabel="Saving…"
            />
          </CohortSection>
          <CohortSection
            title="Delete the cohort"
            intro={`Removes the cohort, its ${count(grid.members, 'membership')} and its invites for good. Members keep their own progress.`}
          >
            <ActionForm
              action={deleteCohort}
              hidden={{ cohortId: cohort.id }}
              label="Delete this cohort"
              pendingLabel="Deleting…"
              tone="danger"
            />
          </CohortSection>
        </>
      )}
    </>
  );
}
