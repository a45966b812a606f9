'use client';

import { useActionState, useOptimistic, useState, useTransition, type FormEvent } from 'react';

import { setTopicStatus } from '@/lib/progress/actions';
import { shownStatuses } from '@/lib/progress/browser-sync';
import { topicStatuses, type TopicStatus } from '@/lib/progress/status';

import { useLearner } from './learnerStore';
import { saveStatusChange } from './saveStatus';

const asStatus = (value: FormDataEntryValue | null): TopicStatus | undefined =>
  topicStatuses.find((status) => status === value);

/**
 * Everything a status control needs. The form posts to the server action, so it works without
 * JavaScript (the server renders the result); with JavaScript, submission is handled here:
 * signed-in learners see the change at once (useOptimistic) and a rollback with a message if the
 * write fails; visitors keep their progress in this browser.
 */
export function useStatusForm(roadmapId: string, topicId: string) {
  const session = useLearner();
  const saved = shownStatuses(session, roadmapId)[topicId] ?? 'not_started';
  const [noScriptResult, formAction] = useActionState(setTopicStatus, null);
  const [status, showStatus] = useOptimistic<TopicStatus>(
    noScriptResult?.ok && session.phase === 'loading' ? noScriptResult.data.status : saved,
  );
  const [pending, startTransition] = useTransition();
  const [problem, setProblem] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    const chosen = asStatus(data.get('status'));
    if (!chosen) return;
    setProblem(null);
    startTransition(async () => {
      showStatus(chosen);
      // Refused or unreachable: the optimistic status rolls back when the transition ends.
      const problem = await saveStatusChange(roadmapId, topicId, chosen);
      if (problem) setProblem(problem);
    });
  }

  const noScriptProblem =
    noScriptResult && !noScriptResult.ok ? noScriptResult.error.message : null;
  return {
    status,
    pending,
    problem: problem ?? noScriptProblem,
    formAction,
    onSubmit,
    phase: session.phase,
  };
}
