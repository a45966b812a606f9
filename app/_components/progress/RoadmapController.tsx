'use client';

import { createPortal } from 'react-dom';

import { NoteBadge } from '@/app/_components/notes/NoteBadge';
import type { RoadmapSteps } from '@/lib/content/step-entries';
import { shownStatuses } from '@/lib/progress/browser-sync';
import { isFinished, nextUp, tally, type StatusByTopic } from '@/lib/progress/summary';

import { ProgressBar } from '../ProgressBar';
import { useLearner } from './learnerStore';
import { useRoadmapDom, type StepSlots } from './roadmapDom';
import { RoadmapSummary } from './RoadmapSummary';
import { RowStatus } from './RowStatus';

/**
 * The one stateful component of the roadmap page's list. The server renders every step and row
 * from the page's step entries; this takes the same entries and shows the learner's data in the
 * empty slots the server left: the summary here, each step's progress, each row's status control
 * and badges, each overview item's completion.
 */
export function RoadmapController(page: RoadmapSteps) {
  const { roadmapId } = page;
  const learner = useLearner();
  const dom = useRoadmapDom(page);
  const loading = learner.phase === 'loading' || !dom;
  const statuses: StatusByTopic = loading ? {} : shownStatuses(learner, roadmapId);
  const next = dom && !loading ? nextUp(dom.outline, statuses) : undefined;
  return (
    <>
      <RoadmapSummary
        outline={dom?.outline}
        learner={learner}
        statuses={statuses}
        next={next?.topic}
        phase={dom ? learner.phase : 'loading'}
      />
      {dom?.steps.map((step) => (
        <StepPortals
          key={step.id}
          roadmapId={roadmapId}
          step={step}
          statuses={loading ? undefined : statuses}
          nextTopicId={next?.topic.id}
        />
      ))}
    </>
  );
}

function StepPortals({
  roadmapId,
  step,
  statuses,
  nextTopicId,
}: {
  roadmapId: string;
  step: StepSlots;
  statuses: StatusByTopic | undefined;
  nextTopicId: string | undefined;
}) {
  const stepTally = statuses && tally(step.topics, statuses);
  const finished = stepTally && isFinished(stepTally) ? '' : undefined;
  return (
    <>
      {stepTally &&
        step.slot &&
        createPortal(
          <div data-finished={finished}>
            <ProgressBar tally={stepTally} label={step.title} />
          </div>,
          step.slot,
        )}
      {stepTally &&
        step.overviewSlot &&
        createPortal(
          <span className="ov-done" data-finished={finished}>
            {stepTally.complete}/{stepTally.total}
            <span className="sr-only"> topics complete</span>
            {finished === '' && ' ✓'}
          </span>,
          step.overviewSlot,
        )}
      {step.topics.map((topic) =>
        createPortal(
          <span className="row-ctl">
            {topic.id === nextTopicId && <span className="badge badge-accent">Next up</span>}
            <NoteBadge roadmapId={roadmapId} topicId={topic.id} />
            <RowStatus
              roadmapId={roadmapId}
              topicId={topic.id}
              title={topic.title}
              saved={statuses ? (statuses[topic.id] ?? 'not_started') : undefined}
            />
          </span>,
          topic.slot,
          topic.id,
        ),
      )}
    </>
  );
}
