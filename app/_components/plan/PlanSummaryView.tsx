import { formatCalendarDate, formatHours } from '@/lib/format';
import { weekdayNames } from '@/lib/plan/calendar';
import type { PlanSummary } from '@/lib/plan/summary';

import { PlanThisWeek } from './PlanThisWeek';

const studyDaysText = (days: PlanSummary['pace']['studyDays']) =>
  days.map((day) => weekdayNames[day].slice(0, 3)).join(', ');

const paceText = (track: PlanSummary['track']) =>
  track.verdict === 'on-track'
    ? 'Keeping to your pace'
    : `${formatHours(track.hours)} ${track.verdict} of your pace`;

/** "about 23 h", never "about about 23 h" (formatHours says "about" itself from 20 h). */
const aboutHours = (hours: number) => {
  const text = formatHours(hours);
  return text.startsWith('about') ? text : `about ${text}`;
};

/** Whether the target can still be met at the chosen pace, and what it would take. */
function targetText({ target, pace }: PlanSummary) {
  if (!target) return null;
  if (target.reachable) {
    return target.neededPerWeek === 0
      ? 'nothing is left to do.'
      : `on track at your pace (it needs ${aboutHours(target.neededPerWeek ?? 0)} a week).`;
  }
  if (target.neededPerWeek === null) return 'not reachable: no study day is left before it.';
  return `not reachable at ${formatHours(pace.hoursPerWeek)} a week: it needs ${aboutHours(target.neededPerWeek)} a week.`;
}

/**
 * The plan folded to one line, for the top of a roadmap page: the pace, the finish, the target's
 * verdict and how the learner is doing against the pace; the full view below says each at length.
 */
export function PlanStatusLine({ summary }: { summary: PlanSummary }) {
  const { pace, target } = summary;
  const parts = [
    `${formatHours(pace.hoursPerWeek)} a week`,
    summary.finish ? `finish ${formatCalendarDate(summary.finish)}` : 'nothing left: you are done',
    target &&
      (target.reachable
        ? `target ${formatCalendarDate(target.date)}: on track`
        : `⚠ target ${formatCalendarDate(target.date)}: not reachable at this pace`),
    paceText(summary.track),
  ];
  return (
    <p className="mt-1 text-sm" data-testid="plan-status-line">
      {parts.filter(Boolean).join(' · ')}
    </p>
  );
}

/**
 * A roadmap's plan in words: remaining hours, the finish date, whether the target can still be met
 * at the chosen pace (and the pace it needs), how the learner did against their pace so far, and
 * this week's topics — with how that is computed. Rendered by the
 * dashboard on the server and by the roadmap page in the browser, from the same summary.
 */
export function PlanSummaryView({
  summary,
  startedOn,
  headingLevel: Heading = 'h3',
  weekReviews,
  weekCohorts = [],
}: {
  summary: PlanSummary;
  /** This roadmap's reviews due by Sunday, where the page knows them (the dashboard). */
  weekReviews?: { topics: number; minutes: number };
  /** This week of each of the learner's scheduled cohorts on this roadmap (the dashboard). */
  weekCohorts?: readonly string[];
  /** The plan's first day, for the explanation. */
  startedOn: string;
  headingLevel?: 'h2' | 'h3';
}) {
  const { pace, track } = summary;
  return (
    <div data-testid="plan-summary">
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">Your pace</dt>
        <dd>
          {formatHours(pace.hoursPerWeek)} a week on {studyDaysText(pace.studyDays)}
        </dd>
        <dt className="font-medium">Remaining</dt>
        <dd data-testid="plan-remaining">{formatHours(summary.remaining)}</dd>
        <dt className="font-medium">Projected finish</dt>
        <dd data-testid="plan-finish">
          {summary.finish ? formatCalendarDate(summary.finish) : 'Nothing left: you are done.'}
        </dd>
        {summary.target && (
          <>
            <dt className="font-medium">Target</dt>
            <dd data-testid="plan-target">
              {formatCalendarDate(summary.target.date)}:{' '}
              <strong>
                {summary.target.reachable ? '' : '⚠ '}
                {targetText(summary)}
              </strong>
            </dd>
          </>
        )}
        <dt className="font-medium">So far</dt>
        <dd data-testid="plan-track">
          <strong>{paceText(track)}</strong>
        </dd>
      </dl>
      <details className="mt-2 text-sm text-muted">
        <summary className="cursor-pointer">How “so far” and the target are computed</summary>
        <p className="mt-1">
          Your plan called for {formatHours(track.planned)} by the end of yesterday: every study day
          since you started this plan on {formatCalendarDate(startedOn)} adds your weekly hours (as
          they were that day) divided by your study days. Since the plan started you completed{' '}
          {formatHours(track.completed)}: the estimates of the topics you marked done, plus the time
          you logged on topics in progress (up to three quarters of each estimate). Within half an
          hour either way counts as keeping to your pace. The target can be met when the projected
          finish at your pace falls on it or before it; its hours a week spread what remains over
          the study days left until then.
        </p>
      </details>
      <PlanThisWeek
        summary={summary}
        Heading={Heading}
        weekReviews={weekReviews}
        weekCohorts={weekCohorts}
      />
    </div>
  );
}
