'use client';

import { useActionState, useEffect, useId, useRef, useState, type MouseEvent } from 'react';

import type { CheckResult } from '@/lib/checks/actions';
import { gradeCheck } from '@/lib/checks/actions';
import { askedField, type PublicQuestion } from '@/lib/checks/public';
import { formatCalendarDate } from '@/lib/format';

import { SubmitButton } from '../forms/FormFeedback';
import { MarkDoneButton } from './MarkDoneButton';
import { QuestionFieldset } from './QuestionFieldset';
import { recordResult } from './resultStore';

type Props = {
  roadmapId: string;
  topicId: string;
  /** The topic's whole bank, without answers: a result names the questions it graded. */
  bank: PublicQuestion[];
  /** The ids of the questions this form asks, in order (the draw). */
  asked: readonly string[];
  /** Where "Try again" leads without JavaScript: an address that loads a fresh form. */
  tryAgainHref: string;
};

/**
 * The drawn questions as a real form posting to the grading action, naming the questions it
 * asked: without JavaScript the server renders the result into the page it answers with; with
 * it, the result replaces the form in place and the summary is announced. "Try again" clears it
 * (a plain link to a fresh form without JavaScript).
 */
export function CheckForm({ roadmapId, topicId, bank, asked, tryAgainHref }: Props) {
  const [state, formAction, pending] = useActionState(gradeCheck, null);
  const [cleared, setCleared] = useState<typeof state>(null);
  const form = useRef<HTMLFormElement>(null);
  const problemId = useId();
  const shown = state === cleared ? null : state;
  const result: CheckResult | undefined = shown?.ok ? shown.data : undefined;
  const problem = shown && !shown.ok ? shown.error.message : undefined;
  // A result shows what it graded: without JavaScript the page is rendered again after the post,
  // and its fresh draw would name other questions.
  const ids = result ? result.questions.map((graded) => graded.id) : asked;
  const questions = ids.flatMap((id) => bank.filter((question) => question.id === id));
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
        {questions.map((question) => (
          <input key={question.id} type="hidden" name={askedField} value={question.id} />
        ))}
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
              href={tryAgainHref}
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
