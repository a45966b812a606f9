'use client';

import { StepStatusForm } from '@/app/_components/progress/StepStatusForm';

import { TopicRow } from './TopicRow';

/** A topic as the step's list needs it: id, title, hours — compact, as it is sent in the RSC payload. */
export type TopicEntry = [id: string, title: string, hours: number];

/**
 * A step's topic rows and its no-JavaScript form, rendered from one compact list. A client
 * component only for the payload's sake: server-rendered, each row's markup would be sent twice
 * (HTML and RSC payload, ~350 bytes a row); this way the payload holds the list once. It keeps no
 * state: the roadmap's one controller (RoadmapController) fills the rows' slots.
 */
export function StepTopics({
  roadmapId,
  stepId,
  topics,
}: {
  roadmapId: string;
  stepId: string;
  topics: TopicEntry[];
}) {
  return (
    <>
      <ol className="rows">
        {topics.map(([id, title, hours]) => (
          <TopicRow key={id} roadmapId={roadmapId} id={id} title={title} hours={hours} />
        ))}
      </ol>
      <StepStatusForm roadmapId={roadmapId} stepId={stepId} topics={topics} />
    </>
  );
}
