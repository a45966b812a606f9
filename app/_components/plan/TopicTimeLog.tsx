'use client';

import { useId } from 'react';

import { formatHours } from '@/lib/format';

import { SubmitButton } from '../forms/FormFeedback';
import { useLearner } from '../progress/learnerStore';
import { recordPlan, usePlanState } from './planStore';
import { quickAmounts, QuickLogForm, TimeLogMessage, TopicFields } from './QuickLogForm';
import { SignInToLogTime } from './SignInToPlan';
import { useTimeLog } from './useTimeLog';

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
  const log = useTimeLog({ roadmapId, topicId }, recordPlan);
  const { formAction, onSubmit, pending, shown, noScriptResult } = log;
  const id = useId();

  const fromStore = state && state !== 'unavailable' ? state.logged[topicId]?.total : undefined;
  const fromPost = noScriptResult?.ok ? noScriptResult.data.logged[topicId]?.total : undefined;
  const logged = fromStore ?? fromPost ?? 0;

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
        <QuickLogForm amounts={quickAmounts} log={log} label="Log time quickly" />
        <form action={formAction} onSubmit={onSubmit} className="flex items-end gap-2">
          <TopicFields log={log} />
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
      <TimeLogMessage log={log} id={`${id}-message`} className="mt-2" />
    </section>
  );
}
