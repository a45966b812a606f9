'use client';

import { useActionState, useState, useTransition, type FormEvent } from 'react';

import { logStudyTime } from '@/lib/plan/actions';
import type { PlanState } from '@/lib/plan/state';

import { runFormAction } from '../forms/actionOutcome';
import { browserTimeZone } from '../progress/learnerStore';

type Shown = { problem: boolean; text: string } | null;

/** A time-log form's behaviour, as {@link useTimeLog} returns it. */
export type TimeLog = ReturnType<typeof useTimeLog>;

/**
 * A time-log form's behaviour, for every place that logs time on a topic (a topic page, the
 * dashboard's Today card): without JavaScript the form posts to the action and the page answers with its
 * result; with it, the submit runs the action in place, `onSaved` updates what the page shows,
 * and the message says what happened.
 */
export function useTimeLog(
  topic: { roadmapId: string; topicId: string },
  onSaved: (state: PlanState) => void,
) {
  const [noScriptResult, formAction] = useActionState(logStudyTime, null);
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<Shown>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form, (event.nativeEvent as SubmitEvent).submitter);
    data.set('timeZone', browserTimeZone());
    startTransition(async () => {
      const outcome = await runFormAction(() => logStudyTime(null, data));
      if (outcome.kind === 'saved') {
        onSaved(outcome.data);
        form.reset();
        return setMessage({ problem: false, text: 'Time logged.' });
      }
      setMessage({
        problem: true,
        text:
          outcome.kind === 'refused'
            ? outcome.message
            : 'You are not signed in: sign in to log your study time.',
      });
    });
  }

  const shown: Shown =
    message ??
    (noScriptResult
      ? noScriptResult.ok
        ? { problem: false, text: 'Time logged.' }
        : { problem: true, text: noScriptResult.error.message }
      : null);
  return { topic, formAction, onSubmit, pending, shown, noScriptResult };
}
