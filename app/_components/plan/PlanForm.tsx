'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useId, useState, useTransition, type FormEvent } from 'react';

import type { ActionError } from '@/lib/action';
import { setStudyPlan } from '@/lib/plan/actions';
import type { Pace } from '@/lib/plan/arithmetic';
import { weekdayNames, weekdays, type Weekday } from '@/lib/plan/calendar';

import { runFormAction } from '../forms/actionOutcome';
import { FieldProblem, FormMessage, SubmitButton } from '../forms/FormFeedback';
import { browserTimeZone, changesStayInBrowser, whenLearnerLoaded } from '../progress/learnerStore';
import { keepPaceInBrowser } from './browserPaceForm';
import { recordPlan } from './planStore';

const defaultPace: Pace = { hoursPerWeek: 5, studyDays: [1, 2, 3, 4, 5] };

/**
 * Sets the pace for a roadmap: hours a week, study days, an optional target date. A real form
 * posting to the server action (the dashboard re-renders with the new plan without JavaScript);
 * with JavaScript the plan state is replaced at once, and the dashboard refreshes its summary.
 */
export function PlanForm({
  roadmapId,
  roadmapTitle,
  pace,
  targetDate,
  refreshAfterSave = false,
  fold,
}: {
  roadmapId: string;
  roadmapTitle: string;
  pace?: Pace;
  targetDate?: string | null;
  refreshAfterSave?: boolean;
  /** The form folds under a one-line summary; a post answered without JavaScript unfolds it. */
  fold: { summary: string; open: boolean };
}) {
  const router = useRouter();
  const [noScriptResult, formAction] = useActionState(setStudyPlan, null);
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<{ saved: boolean; error?: ActionError } | null>(null);
  const id = useId();
  const error = outcome?.error ?? (noScriptResult?.ok === false ? noScriptResult.error : undefined);
  const saved = outcome ? outcome.saved : noScriptResult?.ok === true;
  const sent = error?.submitted;
  const current = pace ?? defaultPace;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    data.set('timeZone', browserTimeZone());
    startTransition(async () => {
      await whenLearnerLoaded();
      if (changesStayInBrowser()) {
        const refused = keepPaceInBrowser(roadmapId, data);
        return setOutcome({ saved: !refused, error: refused });
      }
      // The raw result too: runFormAction gives a message, the fields need the per-field errors.
      let raw: Awaited<ReturnType<typeof setStudyPlan>> | undefined;
      const result = await runFormAction(async () => (raw = await setStudyPlan(null, data)));
      if (result.kind === 'saved') {
        recordPlan(result.data);
        setOutcome({ saved: true });
        if (refreshAfterSave) router.refresh();
        return;
      }
      const message =
        result.kind === 'refused'
          ? result.message
          : 'Your session has ended: sign in again to plan.';
      setOutcome({
        saved: false,
        error: raw && !raw.ok ? raw.error : { code: 'UNAVAILABLE', message },
      });
    });
  }

  const fieldError = (name: string) => error?.fields?.[name];
  const describedBy = (name: string) => (fieldError(name) ? `${id}-${name}` : undefined);
  const isStudyDay = (day: Weekday) =>
    sent ? sent[`day${day}`] === 'on' : current.studyDays.includes(day);

  return (
    <details className="mt-3" open={fold.open || noScriptResult !== null || undefined}>
      <summary className="cursor-pointer text-sm font-medium">{fold.summary}</summary>
      <form
        action={formAction}
        onSubmit={onSubmit}
        className="mt-2 space-y-3"
        aria-label={`Your pace for the ${roadmapTitle} roadmap`}
        data-testid={`plan-form-${roadmapId}`}
      >
        <input type="hidden" name="roadmapId" value={roadmapId} />
        <div>
          <label htmlFor={`${id}-hours`} className="block text-sm font-medium">
            Hours per week (0.5 to 60)
          </label>
          <input
            id={`${id}-hours`}
            name="hoursPerWeek"
            inputMode="decimal"
            defaultValue={sent?.hoursPerWeek ?? String(current.hoursPerWeek)}
            aria-invalid={fieldError('hoursPerWeek') ? true : undefined}
            aria-describedby={describedBy('hoursPerWeek')}
            className="mt-1 w-28 rounded-md border border-line bg-canvas px-2 py-1"
          />
          <FieldProblem id={`${id}-hoursPerWeek`} problem={fieldError('hoursPerWeek')} />
        </div>
        <fieldset aria-describedby={describedBy('studyDays')}>
          <legend className="text-sm font-medium">Study days</legend>
          <div className="mt-1 flex flex-wrap gap-3">
            {weekdays.map((day) => (
              <label key={day} className="flex items-center gap-1 text-sm">
                <input type="checkbox" name={`day${day}`} defaultChecked={isStudyDay(day)} />
                {weekdayNames[day]}
              </label>
            ))}
          </div>
          <FieldProblem id={`${id}-studyDays`} problem={fieldError('studyDays')} />
        </fieldset>
        <div>
          <label htmlFor={`${id}-target`} className="block text-sm font-medium">
            Target date (optional)
          </label>
          <input
            id={`${id}-target`}
            type="date"
            name="targetDate"
            defaultValue={sent?.targetDate ?? targetDate ?? ''}
            aria-invalid={fieldError('targetDate') ? true : undefined}
            aria-describedby={describedBy('targetDate')}
            className="mt-1 rounded-md border border-line bg-canvas px-2 py-1"
          />
          <FieldProblem id={`${id}-targetDate`} problem={fieldError('targetDate')} />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton pending={pending} label="Save plan" pendingLabel="Saving…" tone="primary" />
          {(saved || (error && !error.fields)) && (
            <FormMessage id={`${id}-message`} problem={!saved}>
              {saved ? 'Plan saved.' : `⚠ ${error!.message}`}
            </FormMessage>
          )}
        </div>
      </form>
    </details>
  );
}
