'use client';

import { useActionState, useOptimistic, useState, useTransition } from 'react';

import { TICK_FIELD_PREFIX } from '@/lib/projects/checklist';
import { setProjectChecklist } from '@/lib/projects/checklist-actions';

import { runFormAction } from '../forms/actionOutcome';
import { changesStayInBrowser, useLearner, whenLearnerLoaded } from '../progress/learnerStore';
import {
  recordAccountChecklists,
  recordBrowserChecklist,
  useChecklistEntry,
} from './checklistStore';

/** The ticked ids a form holds: the names of its ticked boxes. */
const tickedIn = (data: FormData) =>
  [...data.keys()]
    .filter((name) => name.startsWith(TICK_FIELD_PREFIX))
    .map((name) => name.slice(TICK_FIELD_PREFIX.length));

/**
 * Everything the checklist form needs. Without JavaScript it posts every box to the server action
 * (the server renders the saved ticks, or asks a visitor to sign in); with JavaScript each tick
 * saves at once — to the account, shown before the answer and rolled back if refused, or, for a
 * visitor, in this browser.
 */
export function useChecklistForm(roadmapId: string, projectId: string) {
  const { phase } = useLearner();
  const entry = useChecklistEntry(roadmapId, projectId);
  const [noScriptResult, formAction] = useActionState(setProjectChecklist, null);
  const fromServer = noScriptResult?.ok ? noScriptResult.data.ticked : undefined;
  const saved = entry?.ticked ?? (phase === 'loading' ? fromServer : undefined) ?? [];
  const [shown, showOptimistic] = useOptimistic<readonly string[]>(saved);
  const [pending, startTransition] = useTransition();
  const [problem, setProblem] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  /** Saves what the form holds now (a box was just ticked or unticked). */
  function save(form: HTMLFormElement) {
    const data = new FormData(form);
    const ticked = tickedIn(data);
    setProblem(null);
    setMessage(null);
    startTransition(async () => {
      showOptimistic(ticked);
      await whenLearnerLoaded();
      if (changesStayInBrowser()) {
        recordBrowserChecklist(roadmapId, projectId, { ticked });
        return setMessage('Saved in this browser. Sign in to keep it in your account.');
      }
      const outcome = await runFormAction(() => setProjectChecklist(null, data));
      if (outcome.kind === 'saved') {
        const { ticked, updatedAt } = outcome.data;
        recordAccountChecklists({ [roadmapId]: { [projectId]: { ticked, updatedAt } } });
        return setMessage('Saved.');
      }
      if (outcome.kind === 'refused') return setProblem(outcome.message);
      recordBrowserChecklist(roadmapId, projectId, { ticked });
      if (outcome.wasSignedIn) {
        setProblem(
          'Your session has ended. Your ticks are kept in this browser; sign in again to save them to your account.',
        );
      }
    });
  }

  const refused = noScriptResult && !noScriptResult.ok ? noScriptResult.error.message : null;
  return {
    ticked: new Set(shown),
    pending,
    problem: problem ?? refused,
    message: message ?? (fromServer && phase === 'loading' ? 'Saved.' : null),
    formAction,
    save,
    phase,
  };
}
