'use client';

import { createContext, use, useId, type ReactNode } from 'react';

import { TICK_FIELD_PREFIX } from '@/lib/projects/checklist';

import { FormMessage, SubmitButton } from '../forms/FormFeedback';
import { useChecklistForm } from './useChecklistForm';

type Ticks = { ticked: ReadonlySet<string>; onTick: (box: HTMLInputElement) => void };
const TicksContext = createContext<Ticks>({ ticked: new Set(), onTick: () => {} });

type Props = { roadmapId: string; projectId: string; projectTitle: string; children: ReactNode };

/**
 * The project page's checklists as one form: each item a box the learner ticks (its
 * {@link ChecklistBox} sits in the server-rendered lists passed as children). With JavaScript a
 * tick saves at once; without, "Save ticks" posts every box.
 */
export function ProjectChecklist({ roadmapId, projectId, projectTitle, children }: Props) {
  const form = useChecklistForm(roadmapId, projectId);
  const messageId = useId();
  const feedback = form.problem ?? form.message;
  const onTick = (box: HTMLInputElement) => box.form && form.save(box.form);
  return (
    <form
      data-session={form.phase}
      aria-busy={form.pending}
      action={form.formAction}
      onSubmit={(event) => {
        event.preventDefault();
        form.save(event.currentTarget);
      }}
      aria-label={`Your checklist: ${projectTitle}`}
      aria-describedby={feedback ? messageId : undefined}
    >
      <input type="hidden" name="roadmapId" value={roadmapId} />
      <input type="hidden" name="projectId" value={projectId} />
      <TicksContext value={{ ticked: form.ticked, onTick }}>{children}</TicksContext>
      <div className="mt-4 flex flex-wrap items-center gap-3" data-print="hide">
        <span className="nojs-only">
          <SubmitButton pending={form.pending} label="Save ticks" pendingLabel="Saving…" />
        </span>
        {feedback && (
          <FormMessage id={messageId} problem={form.problem !== null}>
            {form.problem ? `⚠ ${form.problem}` : feedback}
          </FormMessage>
        )}
      </div>
    </form>
  );
}

/** One item of a checklist: a box named by the item's id, ticked as the learner left it. */
export function ChecklistBox({ itemId, children }: { itemId: string; children: ReactNode }) {
  const { ticked, onTick } = use(TicksContext);
  return (
    <label className="flex items-start gap-2">
      <input
        type="checkbox"
        name={`${TICK_FIELD_PREFIX}${itemId}`}
        checked={ticked.has(itemId)}
        onChange={(event) => onTick(event.currentTarget)}
        className="mt-1 size-4 shrink-0 accent-accent"
      />
      <span>{children}</span>
    </label>
  );
}
