'use client';

import { useActionState, useId, useState, useTransition, type FormEvent } from 'react';

import { resetRoadmapProgress } from '@/lib/progress/actions';

import { runFormAction } from '../forms/actionOutcome';
import { FormMessage, SubmitButton } from '../forms/FormFeedback';
import {
  changesStayInBrowser,
  recordAccountReset,
  resetBrowserRoadmap,
  whenLearnerLoaded,
} from './learnerStore';

const resetDone = 'Your progress on this roadmap was reset.';

/** "Reset progress" behind a disclosure and a confirmation box; works without JavaScript too. */
export function ResetRoadmapProgress({
  roadmapId,
  roadmapTitle,
}: {
  roadmapId: string;
  roadmapTitle: string;
}) {
  const [noScriptResult, formAction] = useActionState(resetRoadmapProgress, null);
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const messageId = useId();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    startTransition(async () => {
      await whenLearnerLoaded();
      if (changesStayInBrowser()) {
        resetBrowserRoadmap(roadmapId);
        form.reset();
        return setMessage(resetDone);
      }
      const outcome = await runFormAction(() => resetRoadmapProgress(null, data));
      if (outcome.kind === 'refused') return setMessage(outcome.message);
      if (outcome.kind === 'saved') recordAccountReset(outcome.data);
      else resetBrowserRoadmap(roadmapId);
      form.reset();
      setMessage(
        outcome.kind === 'signed-out' && outcome.wasSignedIn
          ? 'Your session has ended: sign in again to reset the progress saved in your account.'
          : resetDone,
      );
    });
  }

  const shown =
    message ??
    (noScriptResult ? (noScriptResult.ok ? resetDone : noScriptResult.error.message) : null);
  return (
    <details
      className="mt-4 max-w-3xl rounded-lg border border-line p-4"
      data-print="hide"
      open={noScriptResult !== null || undefined}
    >
      <summary className="cursor-pointer font-medium">Reset progress on this roadmap…</summary>
      <form
        action={formAction}
        onSubmit={onSubmit}
        className="mt-3 space-y-3"
        aria-describedby={shown ? messageId : undefined}
      >
        <input type="hidden" name="roadmapId" value={roadmapId} />
        <p className="text-sm text-muted">
          Every topic of the {roadmapTitle} roadmap goes back to “not started”. Your history stays,
          so your activity and streaks are kept.
        </p>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="confirm" value="yes" required /> Yes, reset all my progress
          on this roadmap
        </label>
        <SubmitButton pending={pending} label="Reset progress" pendingLabel="Resetting…" />
        {shown && (
          <FormMessage id={messageId} problem={false}>
            {shown}
          </FormMessage>
        )}
      </form>
    </details>
  );
}
