'use client';

import { useActionState, useId } from 'react';

import type { TopicEntry } from '@/lib/content/step-entries';
import { setTopicStatusFromRoadmap } from '@/lib/progress/actions';
import { statusLabels, topicStatuses } from '@/lib/progress/status';
import { roadmapPath } from '@/lib/routes';

import { FormMessage } from '../forms/FormFeedback';

const fieldNames: Record<string, string> = { topicId: 'The topic', status: 'The status' };

/**
 * Saves one topic's status without JavaScript (hidden once scripts run: the rows' controls take
 * over). The learner picks the topic, so no other row is touched; a save returns to its row, a
 * refusal comes back here (the permalink's anchor) with the message naming the field.
 */
export function StepStatusForm({
  roadmapId,
  stepId,
  topics,
}: {
  roadmapId: string;
  stepId: string;
  topics: TopicEntry[];
}) {
  const formId = `save-${stepId}`;
  const [result, formAction] = useActionState(
    setTopicStatusFromRoadmap,
    null,
    `${roadmapPath(roadmapId)}#${formId}`,
  );
  const messageId = useId();
  const error = result && !result.ok ? result.error : undefined;
  const message =
    error?.fields && error.code === 'INVALID_INPUT'
      ? Object.entries(error.fields)
          .map(([field, text]) => `${fieldNames[field] ?? field} ${text}`)
          .join(' ')
      : error?.message;
  return (
    <form
      id={formId}
      action={formAction}
      className="nojs-only step-form"
      aria-label="Save a status in this step"
      aria-describedby={message ? messageId : undefined}
    >
      <input type="hidden" name="roadmapId" value={roadmapId} />
      <label>
        Topic{' '}
        <select name="topicId" required defaultValue={error?.submitted?.topicId ?? ''}>
          <option value="">Choose a topic</option>
          {topics.map(([id, title]) => (
            <option key={id} value={id}>
              {title}
            </option>
          ))}
        </select>
      </label>
      <label>
        Status{' '}
        <select name="status" required defaultValue={error?.submitted?.status ?? ''}>
          <option value="">Choose a status</option>
          {topicStatuses.map((status) => (
            <option key={status} value={status}>
              {statusLabels[status]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">Save status</button>
      {message && (
        <FormMessage id={messageId} problem>
          ⚠ {message}
        </FormMessage>
      )}
    </form>
  );
}
