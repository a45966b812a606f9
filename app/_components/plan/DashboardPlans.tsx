import type { DashboardPlans as Plans } from '@/lib/plan/dashboard';

import { PlanWithPaceForm } from './PlanWithPaceForm';

/**
 * The dashboard's study plan: per roadmap, the plan, or a form to make one — open only for a
 * roadmap the learner has started (a roadmap never started keeps its form folded). Rendered on
 * the server: it works without JavaScript.
 */
export function DashboardPlans({
  plans,
  started,
  cohortLines,
}: {
  plans: Plans;
  /** Ids of the roadmaps the learner has started. */
  started: ReadonlySet<string>;
  /** Per roadmap, this week of each of the learner's scheduled cohorts on it. */
  cohortLines: Readonly<Record<string, readonly string[]>>;
}) {
  return (
    <section aria-labelledby="plan-heading" className="mt-8" data-testid="dashboard-plan">
      <h2 id="plan-heading" className="text-xl font-semibold">
        Your study plan
      </h2>
      <ul className="mt-3 space-y-4">
        {plans.roadmaps.map(({ roadmap, state, summary, weekReviews }) => (
          <li
            key={roadmap.id}
            id={`plan-${roadmap.id}`}
            className="rounded-lg border border-line bg-surface p-4"
            data-testid={`plan-${roadmap.id}`}
          >
            <h3 className="font-semibold">{roadmap.title}</h3>
            <PlanWithPaceForm
              roadmapId={roadmap.id}
              roadmapTitle={roadmap.title}
              state={state}
              summary={summary}
              formOpen={summary === null && started.has(roadmap.id)}
              empty={
                <p className="mt-1 text-sm text-muted">
                  No plan yet. Say how many hours a week you have for this roadmap.
                </p>
              }
              refreshAfterSave
              weekReviews={weekReviews}
              weekCohorts={cohortLines[roadmap.id]}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
