'use client';

import { useId, useState } from 'react';

import { projectStatuses, projectStatusIcons, projectStatusLabels } from '@/lib/projects/status';

import { FormMessage, SubmitButton } from '../forms/FormFeedback';
import { ProjectLink } from './ProjectLink';
import { useProjectForm } from './useProjectForm';

type Props = { roadmapId: string; projectId: string; projectTitle: string };

/** The project page's form: the learner's status and the link to what they built. */
export function ProjectStatusForm({ roadmapId, projectId, projectTitle }: Props) {
  const form = useProjectForm(roadmapId, projectId);
  const { shown, saved } = form;
  const messageId = useId();
  const urlId = useId();
  const draft = useDraft(`${saved.status}|${saved.url ?? ''}`, {
    status: form.typedStatus ?? saved.status,
    url: form.typedUrl ?? saved.url ?? '',
  });
  const feedback = form.problem ?? form.message;
  return (
    <form
      data-session={form.phase}
      aria-busy={form.pending}
      action={form.formAction}
      onSubmit={form.onSubmit}
      aria-label={`Your project: ${projectTitle}`}
      className="mt-4 space-y-3 rounded-lg border border-line bg-surface p-4"
      data-print="hide"
    >
      <input type="hidden" name="roadmapId" value={roadmapId} />
      <input type="hidden" name="projectId" value={projectId} />
      <fieldset>
        <legend className="text-sm font-semibold">
          Your status: <span data-testid="project-status">{projectStatusLabels[shown.status]}</span>
        </legend>
        <div className="mt-2 flex flex-wrap gap-3">
          {projectStatuses.map((option) => (
            <label key={option} className="flex items-center gap-1.5 text-sm">
              <input
                type="radio"
                name="status"
                value={option}
                checked={draft.value.status === option}
                onChange={() => draft.set({ status: option })}
              />
              <span aria-hidden="true">{projectStatusIcons[option]}</span>
              {projectStatusLabels[option]}
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor={urlId} className="block text-sm font-semibold">
          Repository or demo URL <span className="font-normal text-muted">(optional)</span>
        </label>
        {/* Plain text, not type="url": the server decides, and says why a link is refused. */}
        <input
          id={urlId}
          name="url"
          type="text"
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          value={draft.value.url}
          onChange={(event) => draft.set({ url: event.target.value })}
          placeholder="https://github.com/you/project"
          aria-invalid={form.problem ? true : undefined}
          aria-describedby={feedback ? messageId : undefined}
          className="mt-1 w-full rounded-md border border-line bg-canvas px-2 py-1.5 text-sm"
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={form.pending} label="Save project" pendingLabel="Saving…" />
        {feedback && (
          <FormMessage id={messageId} problem={form.problem !== null}>
            {form.problem ? `⚠ ${form.problem}` : feedback}
          </FormMessage>
        )}
      </div>
      {shown.url && (
        <p className="text-sm">
          Your link: <ProjectLink url={shown.url} />
        </p>
      )}
    </form>
  );
}

type Draft = { status: string; url: string };

/**
 * The fields as the learner edits them, starting again from `initial` whenever the stored entry
 * (named by `source`) changes — it loaded, or a save landed — but not while a save is pending or
 * after a refusal, so typed text is never lost.
 */
function useDraft(source: string, initial: Draft) {
  const [draft, setDraft] = useState({ source, value: initial });
  if (draft.source !== source) setDraft({ source, value: initial });
  const value = draft.source === source ? draft.value : initial;
  return {
    value,
    set: (change: Partial<Draft>) => setDraft({ source, value: { ...value, ...change } }),
  };
}
