import Link from 'next/link';

import { getRoadmap } from '@/lib/content';
import { formatHours } from '@/lib/format';
import { COMMON_PACES, formatWeeks, weeksAtPace } from '@/lib/plan/arithmetic';
import { planExtrasOf, plannedHours } from '@/lib/plan/items';
import { toOutline } from '@/lib/progress/summary';

import { RoadmapOutlineProvider } from '../progress/RoadmapProgress';
import { RoadmapPlanPanel } from './RoadmapPlanPanel';
import { SignInToPlan } from './SignInToPlan';

/**
 * The top of a roadmap page: for every reader, in the static HTML, how long the roadmap takes at
 * a few common paces and an invitation to plan; in the browser, the learner's own plan.
 */
export function RoadmapPlanSection({ roadmapId }: { roadmapId: string }) {
  const roadmap = getRoadmap(roadmapId);
  if (!roadmap) return null;
  const hours = plannedHours(roadmap);
  return (
    <section
      aria-labelledby="plan-heading"
      className="mt-6 max-w-3xl rounded-lg border border-line p-4"
      data-testid="roadmap-plan"
      data-print="hide"
    >
      <h2 id="plan-heading" className="font-semibold">
        How long it takes
      </h2>
      <p className="mt-1 text-sm">
        In all, {formatHours(hours)} of study and step projects. At a steady pace:
      </p>
      <ul className="mt-1 text-sm" data-testid="common-paces">
        {COMMON_PACES.map((pace) => (
          <li key={pace}>
            {pace} hours a week: <strong>{formatWeeks(weeksAtPace(hours, pace))}</strong>
          </li>
        ))}
      </ul>
      <SignInToPlan roadmapId={roadmap.id} className="nojs-only mt-2 text-sm" />
      <p className="nojs-only mt-1 text-sm">
        Signed in already? Plan this roadmap on your{' '}
        <Link href="/dashboard" className="text-accent underline underline-offset-2">
          dashboard
        </Link>
        .
      </p>
      {/* The roadmap page itself carries no outline (its controller reads the rows): the plan brings its own. */}
      <RoadmapOutlineProvider outline={toOutline(roadmap)}>
        <RoadmapPlanPanel extras={planExtrasOf(roadmap)} roadmapTitle={roadmap.title} />
      </RoadmapOutlineProvider>
    </section>
  );
}
