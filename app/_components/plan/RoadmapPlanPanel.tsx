'use client';

import type { PlanRoadmap } from '@/lib/plan/items';
import { planSummaryFor } from '@/lib/plan/view';

import { useLearner } from '../progress/learnerStore';
import { PlanForm } from './PlanForm';
import { usePlanState } from './planStore';
import { PlanSummaryView } from './PlanSummaryView';
import { SignInToPlan } from './SignInToPlan';

/**
 * The learner's own plan on a roadmap page, loaded in the browser (the page stays static): the
 * summary, recomputed at once when a status changes on the page, and the form to change the pace.
 */
export function RoadmapPlanPanel({
  roadmap,
  roadmapTitle,
}: {
  roadmap: PlanRoadmap;
  roadmapTitle: string;
}) {
  const learner = useLearner();
  const state = usePlanState(roadmap.id);
  if (learner.phase === 'loading') return null;
  if (!learner.user) {
    return <SignInToPlan roadmapId={roadmap.id} className="mt-2 text-sm" />;
  }
  if (state === undefined) return <p className="mt-2 text-sm text-muted">Loading your plan…</p>;
  if (state === 'unavailable') {
    return (
      <p role="status" className="mt-2 text-sm">
        ⚠ Your study plan cannot be loaded right now. Reload the page to try again.
      </p>
    );
  }
  const summary = planSummaryFor(roadmap, learner.account[roadmap.id] ?? {}, state);
  return (
    <div className="mt-4 border-t border-line pt-4" data-testid="my-plan">
      <h3 className="font-semibold">Your plan</h3>
      {summary ? (
        <div className="mt-2">
          <PlanSummaryView
            summary={summary}
            startedOn={state.versions[0]!.startsOn}
            headingLevel="h3"
          />
        </div>
      ) : (
        <p className="mt-1 text-sm">
          Say how many hours a week you have, and Waymark works out what to study this week and when
          you will finish.
        </p>
      )}
      <details className="mt-3" open={summary === null || undefined}>
        <summary className="cursor-pointer text-sm font-medium">
          {summary ? 'Change your pace' : 'Set your pace'}
        </summary>
        <div className="mt-2">
          <PlanForm
            roadmapId={roadmap.id}
            roadmapTitle={roadmapTitle}
            pace={summary?.pace}
            targetDate={state.targetDate}
          />
        </div>
      </details>
    </div>
  );
}
