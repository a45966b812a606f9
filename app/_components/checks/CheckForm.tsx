'use client';

import { useActionState, useEffect, useId, useRef, useState, type MouseEvent } from 'react';

import type { CheckResult } from '@/lib/checks/actions';
import { gradeCheck } from '@/lib/checks/actions';
import type { PublicQuestion } from '@/lib/checks/public';
import { formatCalendarDate } from '@/lib/format';
import { topicPath } from '@/lib/routes';

import { SubmitButton } from '../forms/FormFeedback';
import { MarkDoneButton } from './MarkDoneButton';
import { QuestionFieldset } from './QuestionFieldset';
import { recordResult } from './resultStore';

/**
 * Without JavaScript, "Try again" loads the static page afresh. The query string only makes the
 * address differ from the one the result was posted to: the same address with just a fragment
 * would scroll, not reload.
 */
const tryAgainHref = (roadmapId: string, topicId: string) =>
  `${topicPath(roadmapId, topicId)}?check=again#check-yourself`;

type Props = { roadmapId: string; topicId: string; questions: PublicQuestion[] };

/**
 * The questions as a real form posting to the grading action: without JavaScript the server
 * renders the result into the page it answers with; with it, the result replaces the form in
 * place and the summary is announced. "Try again" clears it (a plain link back without JavaScript).
 */
export function CheckForm({ roadmapId, topicId, questions }: Props) {
  const [state, formAction, pending] = useActionState(gradeCheck, null);
  const [cleared, setCleared] = useState<typeof state>(null);
  const form = useRef<HTMLFormElement>(null);
  const problemId = useId();
  const shown = state === cleared ? null : state;
  const result: CheckResult | undefined = shown?.ok ? shown.data : undefined;
  const problem = shown && !shown.ok ? shown.error.message : undefined;
  useEffect(() => {
    if (state?.ok) recordResult(state.data);
  }, [state]);

  function tryAgain(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    setCleared(state);
    form.current?.reset();
    requestAnimationFrame(() => form.current?.querySelector('input')?.focus());
  }

  return (
    <>
      <form
        ref={form}
        action={formAction}
        className="mt-4 space-y-6"
        aria-describedby={problem ? problemId : undefined}
      >
        <input type="hidden" name="roadmapId" value={roadmapId} />
        <input type="hidden" name="topicId" value={topicId} />
        {questions.map((question, index) => (
          <QuestionFieldset
            // A new result remounts the fields, so each shows the answers that result graded.
            key={`${question.id}:${result?.attemptId ?? 'open'}`}
            number={index + 1}
            question={question}
            graded={result?.questions.find((graded) => graded.id === question.id)}
          />
        ))}
        <div role="status" aria-live="polite" className="font-semibold">
          {result && (
            <p>
              <span aria-hidden="true">
                {result.correctCount === result.questionCount ? '🎉 ' : '📝 '}
              </span>
              {result.correctCount} of {result.questionCount} correct.
              {result.reviewDueOn && ` Next review: ${formatCalendarDate(result.reviewDueOn)}.`}
            </p>
          )}
        </div>
        {problem && (
          <p id={problemId} role="alert" className="text-sm font-medium">
            <span aria-hidden="true">⚠ </span>
            {problem}
          </p>
        )}
        {result ? (
          <div className="flex flex-wrap items-center gap-3">
            <a
              href={tryAgainHref(roadmapId, topicId)}
              onClick={tryAgain}
              className="rounded-md border border-line px-3 py-1.5 text-sm hover:bg-accent-soft"
            >
              Try again
            </a>
          </div>
        ) : (
          <SubmitButton
            pending={pending}
            label="Check my answers"
            pendingLabel="Checking…"
            tone="primary"
          />
        )}
      </form>
      {result && result.correctCount === result.questionCount && (
        <MarkDoneButton roadmapId={roadmapId} topicId={topicId} />
      )}
    </>
  );
}
