'use client';

import Link from 'next/link';
import { createContext, use } from 'react';

import { progressUnavailableMessage } from '@/lib/messages';
import { shownStatuses } from '@/lib/progress/browser-sync';
import { nextUp, roadmapTopics, tally, type RoadmapOutline } from '@/lib/progress/summary';
import { topicPath } from '@/lib/routes';

import { ProgressBar } from '../ProgressBar';
import { useLearner } from './learnerStore';

const OutlineContext = createContext<RoadmapOutline | null>(null);

/** Hands the roadmap's outline to the progress widgets of a page once, not once per widget. */
export function RoadmapOutlineProvider({
  outline,
  children,
}: {
  outline: RoadmapOutline;
  children: React.ReactNode;
}) {
  return <OutlineContext value={outline}>{children}</OutlineContext>;
}

export function useOutline(): RoadmapOutline {
  const outline = use(OutlineContext);
  if (!outline) throw new Error('Progress widgets need a RoadmapOutlineProvider');
  return outline;
}

/**
 * The learner's statuses for this page's roadmap. While they load, the widgets render as for a
 * reader with no progress yet (the server renders that state too), so when the statuses arrive
 * the widgets change in place instead of appearing and shifting the page.
 */
function useStatuses() {
  const outline = useOutline();
  const session = useLearner();
  return {
    outline,
    session,
    statuses: session.phase === 'loading' ? {} : shownStatuses(session, outline.id),
  };
}

/** Overall progress and "next up" at the top of a roadmap page. */
export function RoadmapProgressSummary() {
  const { outline, session, statuses } = useStatuses();
  const next = nextUp(outline, statuses);
  if (session.phase === 'offline') {
    return (
      <p
        role="status"
        className="mt-6 max-w-3xl rounded-lg border border-line bg-surface p-4"
        data-testid="roadmap-progress"
      >
        <span aria-hidden="true">⚠ </span>
        {progressUnavailableMessage}
      </p>
    );
  }
  return (
    <section
      aria-labelledby="your-progress-heading"
      className="js-only mt-6 max-w-3xl rounded-lg border border-line bg-surface p-4"
      data-testid="roadmap-progress"
      data-print="hide"
    >
      <h2 id="your-progress-heading" className="font-semibold">
        Your progress{' '}
        {!session.user && (
          <span className="text-sm font-normal text-muted">
            (kept in this browser — sign in to save it to your account)
          </span>
        )}
      </h2>
      <div className="mt-2">
        <ProgressBar
          tally={tally(roadmapTopics(outline), statuses)}
          label={`${outline.title} roadmap`}
        />
      </div>
      <p className="mt-2 text-sm">
        {next ? (
          <>
            Next up:{' '}
            <Link
              href={topicPath(outline.id, next.topic.id)}
              className="font-medium text-accent underline underline-offset-2"
            >
              {next.topic.title}
            </Link>
          </>
        ) : (
          'You have completed every topic of this roadmap.'
        )}
      </p>
      <p className="mt-2 text-xs text-muted">
        Done and skipped topics count as complete; topics in progress are shown separately.
      </p>
    </section>
  );
}

export function StepProgress({ stepId }: { stepId: string }) {
  const { outline, statuses } = useStatuses();
  const step = outline.steps.find((s) => s.id === stepId);
  if (!step) return null;
  return (
    <div className="js-only mt-3 max-w-md" data-testid={`step-progress-${stepId}`}>
      <ProgressBar tally={tally(step.topics, statuses)} label={step.title} />
    </div>
  );
}

/** Marks the roadmap's next-up topic in its row. */
export function NextUpBadge({ topicId }: { topicId: string }) {
  const { outline, statuses } = useStatuses();
  if (nextUp(outline, statuses)?.topic.id !== topicId) return null;
  return (
    <span className="js-only rounded-full bg-accent px-2 py-0.5 text-xs font-semibold text-on-accent">
      Next up
    </span>
  );
}

/** The learner's progress on a roadmap card, once anything is started. */
export function RoadmapPercent() {
  const { outline, statuses } = useStatuses();
  if (Object.keys(statuses).length === 0) return null;
  return (
    <div className="mt-4" data-testid={`percent-${outline.id}`}>
      <ProgressBar tally={tally(roadmapTopics(outline), statuses)} label="Your progress" />
    </div>
  );
}
