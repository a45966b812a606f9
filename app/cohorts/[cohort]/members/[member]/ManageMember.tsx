import { ActionForm } from '@/app/_components/cohorts/ActionForm';
import { CohortSection } from '@/app/_components/cohorts/CohortSection';
import { removeMember, setMentor } from '@/lib/cohorts/actions';

/** The owner's controls for one member: make them a mentor, or remove them from the cohort. */
export function ManageMember({
  cohortId,
  memberId,
  login,
}: {
  cohortId: string;
  memberId: string;
  login: string | null;
}) {
  const name = login ?? 'them';
  return (
    <CohortSection
      title="Manage"
      intro="A mentor sees the grid and changes nothing. Removed, they see the cohort no more, and it sees nothing more of them."
    >
      <div className="flex flex-wrap gap-3">
        <ActionForm
          action={setMentor}
          hidden={{ cohortId, memberId, mentor: 'yes' }}
          label={`Make ${name} a mentor`}
          pendingLabel="Saving…"
        />
        <ActionForm
          action={removeMember}
          hidden={{ cohortId, memberId }}
          label={`Remove ${name}`}
          pendingLabel="Removing…"
          tone="danger"
        />
      </div>
    </CohortSection>
  );
}
