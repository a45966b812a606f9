'use client';

import { useActionState, useOptimistic, useState, useTransition, type FormEvent } from 'react';

import { setTopicStatus } from '@/lib/progress/actions';
import { shownStatuses } from '@/lib/progress/browser-sync';
import { topicStatuses, type TopicStatus } from '@/lib/progress/status';

import { runFormAction } from '../forms/actionOutcome';
import {
  browserTimeZone,
  changesStayInBrowser,
  recordAccountStatus,
  recordBrowserStatus,
  useLearner,
  whenLearnerLoaded,
} from './learnerStore';

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
    data.set('timeZone', browserTimeZone());
    startTransition(async () => {
      showStatus(chosen);
      await whenLearnerLoaded();
      if (changesStayInBrowser()) return recordBrowserStatus(roadmapId, topicId, chosen);
      const outcome = await runFormAction(() => setTopicStatus(null, data));
      if (outcome.kind === 'saved') return recordAccountStatus(roadmapId, topicId, outcome.data);
      // Refused or unreachable: the optimistic status rolls back when the transition ends.
      if (outcome.kind === 'refused') return setProblem(outcome.message);
      recordBrowserStatus(roadmapId, topicId, chosen);
      if (outcome.wasSignedIn) {
        setProblem(
          'Your session has ended. Your choice is kept in this browser; sign in again to save it to your account.',
        );
      }
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
