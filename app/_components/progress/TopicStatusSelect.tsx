'use client';

import { useId } from 'react';

import { statusIcons, statusLabels, topicStatuses } from '@/lib/progress/status';

import { useStatusForm } from './useStatusForm';

type Props = { roadmapId: string; topicId: string; topicTitle: string };

/**
 * The compact control on each roadmap row: a select showing the current status. With JavaScript a
 * change saves at once; without it, a Save button posts the form.
 */
export function TopicStatusSelect({ roadmapId, topicId, topicTitle }: Props) {
  const { status, pending, problem, formAction, onSubmit, phase } = useStatusForm(
    roadmapId,
    topicId,
  );
  const selectId = useId();
  const problemId = useId();
  return (
    <form
      data-session={phase}
      action={formAction}
      onSubmit={onSubmit}
      className="flex flex-wrap items-center gap-2"
      data-print="hide"
    >
      <input type="hidden" name="roadmapId" value={roadmapId} />
      <input type="hidden" name="topicId" value={topicId} />
      <label htmlFor={selectId} className="sr-only">
        Status of {topicTitle}
      </label>
      <select
        id={selectId}
        name="status"
        value={status}
        aria-busy={pending}
        aria-describedby={problem ? problemId : undefined}
        onChange={(event) => event.currentTarget.form?.requestSubmit()}
        className="control-sm bg-canvas"
      >
        {topicStatuses.map((option) => (
          <option key={option} value={option}>
            {statusIcons[option]} {statusLabels[option]}
          </option>
        ))}
      </select>
      <button type="submit" className="nojs-only control-sm">
        Save
      </button>
      {problem && (
        <p id={problemId} role="alert" className="w-full text-sm font-medium">
          ⚠ {problem}
        </p>
      )}
    </form>
  );
}
