'use client';

import { dayIn } from '@/lib/calendar/days';
import { reviewDueText } from '@/lib/checks/last-result';
import { formatDayOf } from '@/lib/format';

import { browserTimeZone } from '../progress/learnerStore';
import { useLastResult } from './resultStore';

/**
 * "Last result: 4 of 4 correct, 1 Dec 2026. Next review: 14 Dec 2026" (the days in this
 * browser's zone) — personal, so filled in the browser once the learner is known
 * (useDrawnQuestions loads it with the draw; a signed-in learner's review day comes from the
 * topic's card, a visitor's is worked out from this browser's attempts).
 */
export function LastResult({ roadmapId, topicId }: { roadmapId: string; topicId: string }) {
  const shown = useLastResult(`${roadmapId}/${topicId}`);
  const last = shown?.last;
  if (!last) return null;
  return (
    <p className="mt-2 text-sm text-muted" data-testid="last-check-result">
      Last result: {last.correctCount} of {last.questionCount} correct,{' '}
      <time dateTime={last.answeredAt}>{formatDayOf(last.answeredAt)}</time>
      {shown.reviewDueOn && (
        <>
          {'. '}
          <span data-testid="review-due">
            {reviewDueText(shown.reviewDueOn, dayIn(new Date(), browserTimeZone()))}
          </span>
        </>
      )}
    </p>
  );
}
