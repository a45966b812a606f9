import Link from 'next/link';

import { count, formatHours } from '@/lib/format';
import type { PlanSummary } from '@/lib/plan/summary';

/**
 * The plan's "This week": its topics and projects, then, where the page knows them (the
 * dashboard), the reviews due by Sunday and the week of each of the learner's cohorts on it.
 */
export function PlanThisWeek({
  summary,
  Heading,
  weekReviews,
  weekCohorts = [],
}: {
  summary: PlanSummary;
  Heading: 'h2' | 'h3';
  weekReviews?: { topics: number; minutes: number };
  weekCohorts?: readonly string[];
}) {
  return (
    <>
      <Heading className="mt-4 font-semibold">This week</Heading>
      {summary.thisWeek.length === 0 ? (
        <p className="mt-1 text-sm">Nothing left to plan.</p>
      ) : (
        <ol className="mt-1 list-decimal space-y-0.5 pl-6 text-sm" data-testid="plan-this-week">
          {summary.thisWeek.map((entry) => (
            <li key={`${entry.kind}-${entry.id}`}>
              <Link href={entry.href} className="text-accent underline underline-offset-2">
                {entry.title}
              </Link>{' '}
              <span className="text-muted">
                ({entry.kind === 'project' ? 'project, ' : ''}
                {formatHours(entry.hours)})
              </span>
            </li>
          ))}
        </ol>
      )}
      {weekReviews && weekReviews.topics > 0 && (
        <p className="mt-1 text-sm" data-testid="plan-week-reviews">
          Plus {count(weekReviews.topics, 'knowledge check')} due for review by Sunday (
          {formatHours(weekReviews.minutes / 60)}).
        </p>
      )}
      {weekCohorts.map((line, index) => (
        // Two cohorts may share a name: the place is the key.
        <p key={index} className="mt-1 text-sm" data-testid="plan-week-cohort">
          {line}
        </p>
      ))}
    </>
  );
}
