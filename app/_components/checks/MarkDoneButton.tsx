'use client';

import { useStatusForm } from '../progress/useStatusForm';

/** After a full pass: the normal status action, one click, for learners and visitors alike. */
export function MarkDoneButton({ roadmapId, topicId }: { roadmapId: string; topicId: string }) {
  const { status, pending, problem, formAction, onSubmit } = useStatusForm(roadmapId, topicId);
  if (status === 'done') {
    return (
      <p className="mt-3 text-sm font-medium">
        <span aria-hidden="true">✓ </span>This topic is marked done.
      </p>
    );
  }
  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      className="mt-3 flex flex-wrap items-center gap-3"
    >
      <input type="hidden" name="roadmapId" value={roadmapId} />
      <input type="hidden" name="topicId" value={topicId} />
      <p className="text-sm">All correct — ready to move on?</p>
      <button
        type="submit"
        name="status"
        value="done"
        aria-busy={pending}
        className="rounded-md bg-ink px-3 py-1.5 text-sm font-medium text-canvas"
      >
        Mark as done
      </button>
      {problem && (
        <p role="alert" className="text-sm font-medium">
          <span aria-hidden="true">⚠ </span>
          {problem}
        </p>
      )}
    </form>
  );
}
