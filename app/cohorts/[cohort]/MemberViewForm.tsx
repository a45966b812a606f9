import { ActionForm, CheckboxField } from '@/app/_components/cohorts/ActionForm';
import { CohortSection } from '@/app/_components/cohorts/CohortSection';
import type { CohortAccess } from '@/lib/cohorts/access';
import { setMemberView } from '@/lib/cohorts/actions';

/** The owner's choice whether members see each other; each member still chooses to show theirs. */
export function MemberViewForm({ cohort }: { cohort: CohortAccess }) {
  return (
    <CohortSection
      title="What members see of each other"
      intro="Off by default. On, each member who chooses to show theirs appears to the others with no more than they share with you."
    >
      <ActionForm
        action={setMemberView}
        hidden={{ cohortId: cohort.id }}
        label="Save what members see"
        pendingLabel="Saving…"
        className="space-y-2"
      >
        <CheckboxField name="membersSeeEachOther" checked={cohort.membersSeeEachOther}>
          Let members see each other’s progress
        </CheckboxField>
      </ActionForm>
    </CohortSection>
  );
}
