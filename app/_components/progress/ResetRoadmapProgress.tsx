'use client';

import { useActionState, useId, useState, useTransition, type FormEvent } from 'react';

import { saveUnavailableMessage } from '@/lib/messages';
import { resetRoadmapProgress } from '@/lib/progress/actions';

import {
  changesStayInBrowser,
  forgetSignedInUser,
  learnerState,
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
      const result = await resetRoadmapProgress(null, data).catch(() => null);
      if (result?.ok) {
        recordAccountReset(result.data);
        form.reset();
        return setMessage(resetDone);
      }
      if (result?.error.code === 'UNAUTHENTICATED') {
        const wasSignedIn = learnerState().user !== null;
        forgetSignedInUser();
        resetBrowserRoadmap(roadmapId);
        form.reset();
        return setMessage(
          wasSignedIn
            ? 'Your session has ended: sign in again to reset the progress saved in your account.'
            : resetDone,
        );
      }
      setMessage(result?.error.message ?? saveUnavailableMessage);
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
        <button
          type="submit"
          disabled={pending}
          className="rounded-md border border-line px-3 py-1.5 text-sm hover:bg-accent-soft"
        >
          {pending ? 'Resetting…' : 'Reset progress'}
        </button>
        {shown && (
          <p id={messageId} role="status" className="text-sm font-medium">
            {shown}
          </p>
        )}
      </form>
    </details>
  );
}
