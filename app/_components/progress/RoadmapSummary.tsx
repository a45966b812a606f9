'use client';

import { allStepsLabel, CORE_PATH_LABEL } from '@/lib/content/core-path';
import { progressUnavailableMessage } from '@/lib/messages';
import {
  coreTopics,
  roadmapTopics,
  tally,
  type RoadmapOutline,
  type StatusByTopic,
} from '@/lib/progress/summary';

import { ProgressBar } from '../ProgressBar';
import { ShareProgress } from '../profile/ShareProgress';
import type { LearnerState } from './learnerStore';
import { NextUp } from './NextUp';

type Props = {
  outline: RoadmapOutline | undefined;
  learner: LearnerState;
  statuses: StatusByTopic;
  next: { id: string; title: string } | undefined;
  /** `loading` until both the page's structure and the learner's data are known. */
  phase: LearnerState['phase'];
};

/**
 * Overall progress and "next up" at the top of a roadmap page: the core path and the whole
 * roadmap counted apart, each bar saying which it counts. While loading it keeps its place with a
 * neutral line, so nothing claims "0 complete" before the learner's data is known.
 */
export function RoadmapSummary({ outline, learner, statuses, next, phase }: Props) {
  if (phase === 'offline') {
    return (
      <p role="status" className="summary" data-testid="roadmap-progress" data-session="offline">
        <span aria-hidden="true">⚠ </span>
        {progressUnavailableMessage}
      </p>
    );
  }
  const core = outline && coreTopics(outline);
  const all = outline && roadmapTopics(outline);
  const hasOptional = core && all && core.length < all.length;
  return (
    <section
      aria-labelledby="your-progress-heading"
      className="js-only summary"
      data-testid="roadmap-progress"
      data-session={phase}
      data-print="hide"
    >
      <h2 id="your-progress-heading" className="font-semibold">
        Your progress{' '}
        {phase === 'ready' && !learner.user && (
          <span className="text-sm font-normal text-muted">
            (kept in this browser — sign in to save it to your account)
          </span>
        )}
      </h2>
      {phase === 'loading' || !outline || !all ? (
        <p className="mt-2 text-sm text-muted">Loading your progress…</p>
      ) : (
        <>
          {hasOptional && (
            <div className="mt-2">
              <p className="text-sm font-medium">{CORE_PATH_LABEL}</p>
              <ProgressBar tally={tally(core, statuses)} label={CORE_PATH_LABEL} />
            </div>
          )}
          <div className="mt-2">
            {hasOptional && <p className="text-sm font-medium">{allStepsLabel(true)}</p>}
            <ProgressBar tally={tally(all, statuses)} label={allStepsLabel(!!hasOptional)} />
          </div>
          <NextUp
            roadmapId={outline.id}
            next={next}
            allComplete="You have completed every topic of this roadmap."
          />
          <p className="mt-2 text-xs text-muted">
            Done and skipped topics count as complete; topics in progress are shown separately.
          </p>
          {/* Sharing sits with what it shares, not between the plan and the topics (issue 27). */}
          <ShareProgress roadmapId={outline.id} />
        </>
      )}
    </section>
  );
}
