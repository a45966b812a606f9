'use client';

import { formatDayOf } from '@/lib/format';

import { useLastResult } from './resultStore';

/**
 * "Last result: 4 of 4 correct, 1 Dec 2026" (the day in this browser's zone) — personal, so filled in
 * the browser once the learner is known (useDrawnQuestions loads it with the draw).
 */
export function LastResult({ roadmapId, topicId }: { roadmapId: string; topicId: string }) {
  const last = useLastResult(`${roadmapId}/${topicId}`);
  if (!last) return null;
  return (
    <p className="mt-2 text-sm text-muted" data-testid="last-check-result">
      Last result: {last.correctCount} of {last.questionCount} correct,{' '}
      <time dateTime={last.answeredAt}>{formatDayOf(last.answeredAt)}</time>
    </p>
  );
}
