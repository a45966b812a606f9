'use client';

import { useActionState, useOptimistic, useState, useTransition, type FormEvent } from 'react';

import { setProjectStatus } from '@/lib/projects/actions';
import type { ProjectEntry } from '@/lib/projects/local';
import { isProjectStatus } from '@/lib/projects/status';
import { completeProjectUrl, projectUrlMessage, projectUrlProblem } from '@/lib/projects/url';

import { runFormAction } from '../forms/actionOutcome';
import {
  changesStayInBrowser,
  recordAccountProjects,
  useLearner,
  whenLearnerLoaded,
} from '../progress/learnerStore';
import { recordBrowserProject, useProjectEntry } from './projectStore';

type Shown = Pick<ProjectEntry, 'status' | 'url'>;

/**
 * Everything the project form needs. It posts to the server action, so it works without
 * JavaScript (the server renders the result, or the refusal with the text as typed); with
 * JavaScript, signed-in learners see the change at once and a rollback with a message if the
 * save is refused; visitors keep it in this browser, held to the same link rule as the server.
 */
export function useProjectForm(roadmapId: string, projectId: string) {
  const { phase } = useLearner();
  const entry = useProjectEntry(roadmapId, projectId);
  const [noScriptResult, formAction] = useActionState(setProjectStatus, null);
  const fromServer: Shown | undefined = noScriptResult?.ok ? noScriptResult.data : undefined;
  const saved: Shown = entry ??
    (phase === 'loading' ? fromServer : undefined) ?? { status: 'not_started', url: null };
  const [shown, showOptimistic] = useOptimistic<Shown>(saved);
  const [pending, startTransition] = useTransition();
  const [problem, setProblem] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const status = data.get('status');
    // The server's rule, so a visitor's browser keeps what an account would: `github.com/me/repo`
    // becomes https://github.com/me/repo.
    const url = completeProjectUrl(String(data.get('url') ?? '').trim());
    if (!isProjectStatus(status)) return;
    setProblem(null);
    setMessage(null);
    const urlProblem = url === '' ? undefined : projectUrlProblem(url);
    if (urlProblem) return setProblem(projectUrlMessage(urlProblem));
    const change = { status, url: url === '' ? null : url };
    startTransition(async () => {
      showOptimistic(change);
      await whenLearnerLoaded();
      if (changesStayInBrowser()) {
        recordBrowserProject(roadmapId, projectId, change);
        return setMessage('Saved in this browser. Sign in to keep it in your account.');
      }
      const outcome = await runFormAction(() => setProjectStatus(null, data));
      if (outcome.kind === 'saved') {
        const { status, url, updatedAt } = outcome.data;
        recordAccountProjects({ [roadmapId]: { [projectId]: { status, url, updatedAt } } });
        return setMessage('Saved.');
      }
      if (outcome.kind === 'refused') return setProblem(outcome.message);
      recordBrowserProject(roadmapId, projectId, change);
      if (outcome.wasSignedIn) {
        setProblem(
          'Your session has ended. Your project is kept in this browser; sign in again to save it to your account.',
        );
      }
    });
  }

  const refused = noScriptResult && !noScriptResult.ok ? noScriptResult.error : undefined;
  return {
    shown,
    /** The stored entry (not the optimistic one): the fields follow it when it loads or saves. */
    saved,
    /** What the learner typed, when the server refused it (without JavaScript). */
    typedUrl: refused?.submitted?.url,
    typedStatus: refused?.submitted?.status,
    pending,
    problem: problem ?? refused?.message ?? null,
    message: message ?? (fromServer && phase === 'loading' ? 'Saved.' : null),
    formAction,
    onSubmit,
    phase,
  };
}
