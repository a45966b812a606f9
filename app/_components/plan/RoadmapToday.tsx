import Link from 'next/link';

import { formatHours } from '@/lib/format';
import type { Day } from '@/lib/plan/calendar';
import type { PlanSummary } from '@/lib/plan/summary';
import { todaysShare } from '@/lib/plan/today';

/**
 * The Today card's compact form at the top of a roadmap page's plan: the next item, sized to one
 * study day's share, for a learner (or a visitor, from the pace this browser keeps) with a plan.
 */
export function RoadmapToday({ summary, today }: { summary: PlanSummary; today: Day }) {
  const share = todaysShare(summary, today);
  if (!share) return null;
  return (
    <p className="mt-1 text-sm" data-testid="roadmap-today">
      <strong>Today:</strong>{' '}
      <Link href={share.item.href} className="text-accent underline underline-offset-2">
        {share.item.title}
      </Link>
      {share.studyDay
        ? `, ${formatHours(share.hours)} — one study day’s share of your week.`
        : ' is next; today is not one of your study days.'}
    </p>
  );
}
