'use client';

import { useEffect } from 'react';

import { dayIn } from '@/lib/calendar/days';
import { reviewDueText, type LastResultResponse } from '@/lib/checks/last-result';

import { browserTimeZone, useLearner } from '../progress/learnerStore';
import {
  mergeBrowserResults,
  showBrowserResult,
  showLastResult,
  useLastResult,
} from './resultStore';

const shortDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

/**
 * "Last result: 4 of 4 correct, 1 Dec 2026. Next review: 14 December 2026" — personal, so loaded
 * in the browser once the learner is known: a signed-in learner's from their account (the review
 * day from the topic's card), a visitor's worked out from this browser's attempts.
 */
export function LastResult({ roadmapId, topicId }: { roadmapId: string; topicId: string }) {
  const { phase, user } = useLearner();
  const key = `${roadmapId}/${topicId}`;
  const shown = useLastResult(key);
  const userId = user?.id;
  useEffect(() => {
    if (phase === 'loading') return;
    if (!userId) return showBrowserResult(roadmapId, topicId);
    const query = new URLSearchParams({ roadmap: roadmapId, topic: topicId });
    mergeBrowserResults(userId)
      .then(() => fetch(`/api/me/checks?${query}`, { cache: 'no-store' }))
      .then((response) => response.json() as Promise<LastResultResponse>)
      .then((body) => showLastResult(key, body))
      .catch(() => undefined); // unavailable: the line stays away, the check still works
  }, [phase, userId, roadmapId, topicId, key]);
  const last = shown?.last;
  if (!last) return null;
  return (
    <p className="mt-2 text-sm text-muted" data-testid="last-check-result">
      Last result: {last.correctCount} of {last.questionCount} correct,{' '}
      <time dateTime={last.answeredAt}>{shortDate.format(new Date(last.answeredAt))}</time>
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
