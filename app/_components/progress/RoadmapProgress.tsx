'use client';

import { createContext, use } from 'react';

import { shownStatuses } from '@/lib/progress/browser-sync';
import { roadmapTopics, tally, type RoadmapOutline } from '@/lib/progress/summary';

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
 * The learner's statuses for the provider's roadmap; while they load, none (the server renders
 * that state too), so the widget appears only once something is started.
 */
function useStatuses() {
  const outline = useOutline();
  const session = useLearner();
  return {
    outline,
    statuses: session.phase === 'loading' ? {} : shownStatuses(session, outline.id),
  };
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
