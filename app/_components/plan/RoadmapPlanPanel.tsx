'use client';

import type { ReactNode } from 'react';

import { browserPlanState } from '@/lib/plan/browser-plan';
import { dayIn } from '@/lib/plan/calendar';
import type { PlanRoadmap } from '@/lib/plan/items';
import type { PlanState } from '@/lib/plan/state';
import { planSummaryFor, type RoadmapProgress } from '@/lib/plan/view';

import { browserTimeZone, useLearner } from '../progress/learnerStore';
import { useRoadmapProjects } from '../projects/projectStore';
import { useBrowserPace, usePlanState } from './planStore';
import { PlanWithPaceForm } from './PlanWithPaceForm';
import { RoadmapToday } from './RoadmapToday';
import { SignInToKeepPlan } from './SignInToPlan';

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
  const browserPace = useBrowserPace(roadmap.id);
  const projects = useRoadmapProjects(roadmap.id);
  if (learner.phase === 'loading') return null;
  const body = (shown: PlanState | undefined, progress: RoadmapProgress, kept?: ReactNode) => (
    <PlanPanelBody
      roadmap={roadmap}
      roadmapTitle={roadmapTitle}
      state={shown}
      progress={progress}
      kept={kept}
    />
  );
  if (!learner.user) {
    const today = dayIn(new Date(), browserTimeZone());
    const visitorState = browserPace && browserPlanState(roadmap.id, browserPace, today);
    return body(
      visitorState,
      { topics: learner.browser[roadmap.id] ?? {}, projects },
      <SignInToKeepPlan roadmapId={roadmap.id} />,
    );
  }
  if (state === undefined) return <p className="mt-2 text-sm text-muted">Loading your plan…</p>;
  if (state === 'unavailable') {
    return (
      <p role="status" className="mt-2 text-sm">
        ⚠ Your study plan cannot be loaded right now. Reload the page to try again.
      </p>
    );
  }
  return body(state, { topics: learner.account[roadmap.id] ?? {}, projects });
}

/** The plan (or the invitation to make one) and the pace form, for a learner or a visitor. */
function PlanPanelBody({
  roadmap,
  roadmapTitle,
  state,
  progress,
  kept,
}: {
  roadmap: PlanRoadmap;
  roadmapTitle: string;
  state: PlanState | undefined;
  progress: RoadmapProgress;
  /** For a visitor: where the plan is kept. */
  kept?: ReactNode;
}) {
  const summary = state ? planSummaryFor(roadmap, progress, state) : null;
  return (
    <div className="mt-3 border-t border-line pt-3" data-testid="my-plan">
      <h3 className="font-semibold">Your plan</h3>
      {summary && <RoadmapToday summary={summary} today={state!.today} />}
      <PlanWithPaceForm
        roadmapId={roadmap.id}
        roadmapTitle={roadmapTitle}
        state={state}
        summary={summary}
        formOpen={false}
        folded
        empty={
          <p className="mt-1 text-sm">
            Say how many hours a week you have, and Waymark works out what to study this week and
            when you will finish.
          </p>
        }
      />
      {kept}
    </div>
  );
}
