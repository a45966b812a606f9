'use client';

import Link from 'next/link';
import { useMemo } from 'react';

import { allStepsLabel } from '@/lib/content/core-path';
import type { RoadmapSteps } from '@/lib/content/step-entries';
import { formatHours } from '@/lib/format';
import { COMMON_PACES, formatWeeks, weeksAtPace } from '@/lib/plan/arithmetic';
import { plannedHours, planRoadmapOf } from '@/lib/plan/items';

import { RoadmapPlanPanel } from './RoadmapPlanPanel';
import { SignInToPlan } from './SignInToPlan';

/**
 * The top of a roadmap page: for every reader, in the static HTML, how long the roadmap takes (one
 * line, unfolding to a few common paces) and an invitation to plan; in the browser, the learner's
 * own plan, led by what it asks of today. A client
 * component computing from the page's step entries, so the payload carries no copy of its markup.
 */
export function RoadmapPlanSection({ roadmapId, roadmapTitle, steps }: RoadmapSteps) {
  const roadmap = useMemo(() => planRoadmapOf(roadmapId, steps), [roadmapId, steps]);
  const hours = plannedHours(roadmap);
  return (
    <section
      aria-labelledby="plan-heading"
      className="max-w-3xl rounded-lg border border-line p-4"
      data-testid="roadmap-plan"
      data-print="hide"
    >
      {/* One line until opened: the topics, not the setup, come first (issue 27). */}
      <details className="text-sm">
        <summary className="cursor-pointer">
          <h2 id="plan-heading" className="inline text-base font-semibold">
            How long it takes
          </h2>{' '}
          · {allStepsLabel(steps.some((step) => step.optional))}, plus step projects:{' '}
          {formatHours(hours)}
        </summary>
        <p className="mt-1">At a steady pace:</p>
        <ul data-testid="common-paces">
          {COMMON_PACES.map((pace) => (
            <li key={pace}>
              {pace} hours a week: <strong>{formatWeeks(weeksAtPace(hours, pace))}</strong>
            </li>
          ))}
        </ul>
      </details>
      <SignInToPlan roadmapId={roadmap.id} className="nojs-only mt-2 text-sm" />
      <p className="nojs-only mt-1 text-sm">
        Signed in already? Plan this roadmap on your{' '}
        <Link href="/dashboard" className="text-accent underline underline-offset-2">
          dashboard
        </Link>
        .
      </p>
      <RoadmapPlanPanel roadmap={roadmap} roadmapTitle={roadmapTitle} />
    </section>
  );
}
