import type { ReactNode } from 'react';

import type { PlanState } from '@/lib/plan/state';
import type { planSummaryFor } from '@/lib/plan/view';

import { PlanForm } from './PlanForm';
import { PlanStatusLine, PlanSummaryView } from './PlanSummaryView';

type Props = {
  roadmapId: string;
  roadmapTitle: string;
  state: PlanState | undefined;
  summary: ReturnType<typeof planSummaryFor> | null;
  /** What stands in the plan's place before the learner has one. */
  empty: ReactNode;
  /** On the dashboard (rendered on the server) the page reloads its plans after a save. */
  refreshAfterSave?: boolean;
  weekReviews?: { topics: number; minutes: number };
  weekCohorts?: readonly string[];
  /** Whether the pace form starts unfolded; by default, while there is no plan. */
  formOpen?: boolean;
  /** The roadmap page's form: the plan as one line, its full view folded under it. */
  folded?: boolean;
};

/**
 * A roadmap's plan (or `empty` before there is one) and the pace form under it, folded once a
 * plan exists: the same block on the dashboard and, `folded` to one line, at the top of the
 * roadmap page.
 */
export function PlanWithPaceForm({
  roadmapId,
  roadmapTitle,
  state,
  summary,
  empty,
  refreshAfterSave,
  weekReviews,
  weekCohorts,
  formOpen = summary === null,
  folded = false,
}: Props) {
  const view = summary && state && (
    <div className="mt-2">
      <PlanSummaryView
        summary={summary}
        startedOn={state.versions[0]!.startsOn}
        headingLevel="h3"
        weekReviews={weekReviews}
        weekCohorts={weekCohorts}
      />
    </div>
  );
  return (
    <>
      {view && summary ? (
        folded ? (
          <>
            <PlanStatusLine summary={summary} />
            <details className="mt-1 text-sm">
              <summary className="cursor-pointer">
                Your plan in full: this week and how it is computed
              </summary>
              {view}
            </details>
          </>
        ) : (
          view
        )
      ) : (
        empty
      )}
      <PlanForm
        roadmapId={roadmapId}
        roadmapTitle={roadmapTitle}
        pace={summary?.pace}
        targetDate={state?.targetDate}
        refreshAfterSave={refreshAfterSave}
        fold={{ summary: summary ? 'Change your pace' : 'Set your pace', open: formOpen }}
      />
    </>
  );
}
