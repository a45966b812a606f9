'use client';

import { useEffect } from 'react';

import { drawQuestions, drawSeed } from '@/lib/checks/draw';
import type { LastResultResponse } from '@/lib/checks/last-result';
import { browserLastSeen } from '@/lib/checks/local';
import { QUESTIONS_PER_ATTEMPT } from '@/lib/content/check-sizes';

import { useLearner } from '../progress/learnerStore';
import {
  browserAttempts,
  mergeBrowserResults,
  showBrowserResult,
  showDraw,
  showLastResult,
  useDraw,
} from './resultStore';

/**
 * The questions this reader's attempt at a topic asks, their last result and review day, once the
 * learner is known. The static page starts with the bank's first questions; a signed-in learner's draw and
 * last result come from their account (/api/me/checks), a visitor's from the results this browser
 * keeps. Until then, or if the account cannot be reached, the first questions stay.
 */
export function useDrawnQuestions(roadmapId: string, topicId: string, bank: readonly string[]) {
  const { phase, user } = useLearner();
  const key = `${roadmapId}/${topicId}`;
  const draw = useDraw(key);
  const userId = user?.id;
  const bankKey = bank.join(' ');
  useEffect(() => {
    if (phase === 'loading') return;
    if (!userId) {
      const attempts = browserAttempts.read();
      const ids = bankKey.split(' ');
      showDraw(
        key,
        drawQuestions(
          ids,
          browserLastSeen(attempts, roadmapId, topicId),
          drawSeed(roadmapId, topicId),
        ),
      );
      return showBrowserResult(roadmapId, topicId);
    }
    const query = new URLSearchParams({ roadmap: roadmapId, topic: topicId });
    mergeBrowserResults(userId)
      .then(() => fetch(`/api/me/checks?${query}`, { cache: 'no-store' }))
      .then((response) => response.json() as Promise<LastResultResponse>)
      .then((body) => {
        showLastResult(key, { last: body.last, reviewDueOn: body.reviewDueOn });
        if (body.draw) showDraw(key, body.draw);
      })
      .catch(() => undefined); // unavailable: the first questions stay, the check still works
  }, [phase, userId, roadmapId, topicId, key, bankKey]);
  return draw ?? bank.slice(0, QUESTIONS_PER_ATTEMPT);
}
