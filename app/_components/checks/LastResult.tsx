'use client';

import { useEffect } from 'react';

import type { LastResultResponse } from '@/lib/checks/last-result';
import { latestBrowserAttempt } from '@/lib/checks/local';
import { formatDayOf } from '@/lib/format';

import { useLearner } from '../progress/learnerStore';
import { browserAttempts, mergeBrowserResults, showLastResult, useLastResult } from './resultStore';

/**
 * "Last result: 4 of 4 correct, 1 Dec 2026" (the day in this browser's zone) — personal, so loaded in the browser once the learner
 * is known: a signed-in learner's from their account, a visitor's from this browser.
 */
export function LastResult({ roadmapId, topicId }: { roadmapId: string; topicId: string }) {
  const { phase, user } = useLearner();
  const key = `${roadmapId}/${topicId}`;
  const last = useLastResult(key);
  const userId = user?.id;
  useEffect(() => {
    if (phase === 'loading') return;
    if (!userId) {
      const attempt = latestBrowserAttempt(browserAttempts.read(), roadmapId, topicId);
      return showLastResult(key, attempt ?? null);
    }
    const query = new URLSearchParams({ roadmap: roadmapId, topic: topicId });
    mergeBrowserResults(userId)
      .then(() => fetch(`/api/me/checks?${query}`, { cache: 'no-store' }))
      .then((response) => response.json() as Promise<LastResultResponse>)
      .then((body) => showLastResult(key, body.last))
      .catch(() => undefined); // unavailable: the line stays away, the check still works
  }, [phase, userId, roadmapId, topicId, key]);
  if (!last) return null;
  return (
    <p className="mt-2 text-sm text-muted" data-testid="last-check-result">
      Last result: {last.correctCount} of {last.questionCount} correct,{' '}
      <time dateTime={last.answeredAt}>{formatDayOf(last.answeredAt)}</time>
    </p>
  );
}
