import { ActionForm, CheckboxField } from '@/app/_components/cohorts/ActionForm';
import { CohortSection } from '@/app/_components/cohorts/CohortSection';
import { StepCompletionBar } from '@/app/_components/cohorts/StepCompletionBar';
import type { CohortAccess } from '@/lib/cohorts/access';
import { leaveCohort, setSharing } from '@/lib/cohorts/actions';
import type { GridMember } from '@/lib/cohorts/grid';
import { ownStanding } from '@/lib/cohorts/grid-queries';
import { standingLabel } from '@/lib/cohorts/schedule';
import { formatCalendarDate } from '@/lib/format';
import type { Day } from '@/lib/plan/calendar';

import { FellowMembers } from './FellowMembers';

/**
 * What a member (or a mentor, who has no progress in the grid) sees: their own standing as the
 * cohort sees it, what they share, the members who show theirs (when the owner allows it), and
 * the way out.
 */
export async function MemberView({
  cohort,
  user,
  today,
  page,
}: {
  cohort: CohortAccess;
  user: GridMember;
  today: Day;
  /** The page of the other members, when the owner lets members see each other. */
  page: number;
}) {
  const standing = cohort.role === 'member' ? await ownStanding(cohort, user, today) : null;
  return (
    <>
      {standing && (
        <CohortSection
          title="Where you stand"
          intro={
            cohort.membersSeeEachOther && cohort.sharesWithMembers
              ? 'This is what the cohort’s owner and mentors see of you, and the other members too, as you chose.'
              : 'This is what the cohort’s owner and mentors see of you. Other members do not see it.'
          }
        >
          {standing.standing && (
            <p className="mb-3 font-medium" data-testid="own-standing">
              Against the schedule: {standingLabel(standing.standing, formatCalendarDate)}
            </p>
          )}
          <ul className="max-w-xl space-y-3">
            {standing.steps.map((step, index) => (
              <li key={step.stepId} className="text-sm">
                <p className="font-medium">
                  Step {index + 1}: {step.title}
                </p>
                <span className="sr-only">Topics done: </span>
                <StepCompletionBar step={step} width="w-full max-w-xs" />
              </li>
            ))}
          </ul>
        </CohortSection>
      )}
      {cohort.role === 'member' && (
        <CohortSection
          title="What you share"
          intro="Your statuses and step projects on this roadmap are shared while you are a member. The rest is your choice."
        >
          <ActionForm
            action={setSharing}
            hidden={{ cohortId: cohort.id }}
            label="Save what I share"
            pendingLabel="Saving…"
            className="space-y-2"
          >
            <CheckboxField name="sharesChecks" checked={cohort.sharesChecks}>
              Share my knowledge-check results
            </CheckboxField>
            <CheckboxField name="sharesTime" checked={cohort.sharesTime}>
              Share my study time
            </CheckboxField>
            <CheckboxField name="sharesWithMembers" checked={cohort.sharesWithMembers}>
              Show all of it to the other members too{' '}
              {cohort.membersSeeEachOther
                ? '(the owner lets members see each other)'
                : '(once the owner lets members see each other: now off)'}
            </CheckboxField>
          </ActionForm>
        </CohortSection>
      )}
      {cohort.role === 'member' && cohort.membersSeeEachOther && (
        <FellowMembers cohort={cohort} today={today} page={page} />
      )}
      <CohortSection
        title="Leave the cohort"
        intro="From then on the cohort sees nothing more of you."
      >
        <ActionForm
          action={leaveCohort}
          hidden={{ cohortId: cohort.id }}
          label="Leave this cohort"
          pendingLabel="Leaving…"
          tone="danger"
        />
      </CohortSection>
    </>
  );
}
