'use client';

import { useActionState, useId, useState, useTransition, type FormEvent } from 'react';

import { formatHours } from '@/lib/format';
import { logStudyTime } from '@/lib/plan/actions';

import { runFormAction } from '../forms/actionOutcome';
import { FormMessage, SubmitButton } from '../forms/FormFeedback';
import { browserTimeZone, useLearner } from '../progress/learnerStore';
import { recordPlan, usePlanState } from './planStore';
import { SignInToLogTime } from './SignInToPlan';

const quickAmounts = [
  { minutes: 15, label: '+15 min' },
  { minutes: 30, label: '+30 min' },
  { minutes: 60, label: '+1 h' },
];

/**
 * Logging study time on a topic: quick buttons and a field for any amount, and the time logged
 * against the topic's estimate. Two real forms posting to one server action (without JavaScript
 * the page answers with the new total); with it, the total and the plan update at once.
 */
export function TopicTimeLog({
  roadmapId,
  topicId,
  estimate,
}: {
  roadmapId: string;
  topicId: string;
  estimate: number;
}) {
  const learner = useLearner();
  const state = usePlanState(roadmapId);
  const [noScriptResult, formAction] = useActionState(logStudyTime, null);
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ problem: boolean; text: string } | null>(null);
  const id = useId();

  const fromStore = state && state !== 'unavailable' ? state.logged[topicId]?.total : undefined;
  const fromPost = noScriptResult?.ok ? noScriptResult.data.logged[topicId]?.total : undefined;
  const logged = fromStore ?? fromPost ?? 0;
  const shown =
    message ??
    (noScriptResult
      ? noScriptResult.ok
        ? { problem: false, text: 'Time logged.' }
        : { problem: true, text: noScriptResult.error.message }
      : null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form, (event.nativeEvent as SubmitEvent).submitter);
    data.set('timeZone', browserTimeZone());
    startTransition(async () => {
      const outcome = await runFormAction(() => logStudyTime(null, data));
      if (outcome.kind === 'saved') {
        recordPlan(outcome.data);
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

  if (learner.phase === 'ready' && !learner.user) {
    return <SignInToLogTime roadmapId={roadmapId} topicId={topicId} />;
  }
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="mt-5 rounded-lg border border-line p-3"
      data-testid="time-log"
      data-print="hide"
    >
      <h2 id={`${id}-heading`} className="text-sm font-semibold">
        Time studied
      </h2>
      <p className="mt-1 text-sm" data-testid="time-logged">
        {formatHours(logged)} logged of {formatHours(estimate)} estimated
      </p>
      <div className="mt-2 flex flex-wrap items-end gap-4">
        <form action={formAction} onSubmit={onSubmit} aria-label="Log time quickly">
          <input type="hidden" name="roadmapId" value={roadmapId} />
          <input type="hidden" name="topicId" value={topicId} />
          <div className="flex gap-2">
            {quickAmounts.map(({ minutes, label }) => (
              <button
                key={minutes}
                type="submit"
                name="minutes"
                value={minutes}
                disabled={pending}
                className="rounded-md border border-line px-3 py-1.5 text-sm hover:bg-accent-soft"
              >
                {label}
              </button>
            ))}
          </div>
        </form>
        <form action={formAction} onSubmit={onSubmit} className="flex items-end gap-2">
          <input type="hidden" name="roadmapId" value={roadmapId} />
          <input type="hidden" name="topicId" value={topicId} />
          <div>
            <label htmlFor={`${id}-minutes`} className="block text-sm">
              Minutes (up to 720)
            </label>
            <input
              id={`${id}-minutes`}
              name="minutes"
              inputMode="numeric"
              className="mt-1 w-24 rounded-md border border-line bg-canvas px-2 py-1"
              aria-describedby={shown ? `${id}-message` : undefined}
            />
          </div>
          <SubmitButton pending={pending} label="Log time" pendingLabel="Logging…" />
        </form>
      </div>
      {shown && (
        <div className="mt-2">
          <FormMessage id={`${id}-message`} problem={shown.problem}>
            {shown.problem ? `⚠ ${shown.text}` : shown.text}
          </FormMessage>
        </div>
      )}
    </section>
  );
}
