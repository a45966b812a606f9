import type { TopicEntry } from '@/lib/content/step-entries';
import { setTopicStatusFromRoadmap } from '@/lib/progress/actions';
import { statusLabels, topicStatuses } from '@/lib/progress/status';

/**
 * Saves one topic's status without JavaScript (hidden once scripts run: the rows' controls take
 * over). The learner picks the topic, so no other row is touched; a save returns to its row, a
 * refusal goes to a page naming the reason. A plain form action, not useActionState: the page
 * has a form per step, and useActionState's hidden inputs would cost ~300 bytes each.
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
  return (
    <form
      id={`save-${stepId}`}
      action={setTopicStatusFromRoadmap}
      className="nojs-only step-form"
      aria-label="Save a status in this step"
    >
      <input type="hidden" name="roadmapId" value={roadmapId} />
      <label>
        {'Topic '}
        <select name="topicId" required defaultValue="">
          <option value="">Choose a topic</option>
          {topics.map(([id, title]) => (
            <option key={id} value={id}>
              {title}
            </option>
          ))}
        </select>
      </label>
      <label>
        {'Status '}
        <select name="status" required defaultValue="">
          <option value="">Choose a status</option>
          {topicStatuses.map((status) => (
            <option key={status} value={status}>
              {statusLabels[status]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">Save status</button>
    </form>
  );
}
