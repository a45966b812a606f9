'use client';

import { mergeBrowserAttempts, type CheckResult } from '@/lib/checks/actions';
import type { LastResultResponse } from '@/lib/checks/last-result';
import {
  latestBrowserAttempt,
  LOCAL_CHECKS_KEY,
  parseBrowserAttempts,
  serializeBrowserAttempts,
  withoutMerged,
  type BrowserAttempt,
} from '@/lib/checks/local';

import { browserStorage } from '../browserStorage';
import { createStore, useStore } from '../clientStore';
import { browserTimeZone } from '../progress/learnerStore';

/** A topic's last result and the day its review is due, as the check section shows them. */
export type ShownResult = Pick<LastResultResponse, 'last' | 'reviewDueOn'>;

/**
 * Last results and review days of the topics seen on this page, keyed `roadmap/topic`; `last` is
 * null for a check never taken.
 */
const results = createStore<Readonly<Record<string, ShownResult>>>(() => ({}));

export function useLastResult(key: string): ShownResult | undefined {
  return useStore(results, (shown) => shown[key], undefined);
}

export function showLastResult(key: string, result: ShownResult) {
  results.set({ ...results.get(), [key]: result });
}

/**
 * A visitor's result and review day on one topic, from the attempts this browser kept. The FSRS
 * replay loads only for a visitor who has taken this check: nobody else pays for its bytes.
 */
export function showBrowserResult(roadmapId: string, topicId: string) {
  const key = `${roadmapId}/${topicId}`;
  const attempts = browserAttempts.read();
  const last = latestBrowserAttempt(attempts, roadmapId, topicId) ?? null;
  showLastResult(key, { last, reviewDueOn: null });
  if (!last) return;
  void import('@/lib/checks/browser-review').then(({ browserReviewDue }) => {
    const reviewDueOn = browserReviewDue(attempts, roadmapId, topicId, browserTimeZone()) ?? null;
    showLastResult(key, { last, reviewDueOn });
  });
}

/** The question ids each topic's next attempt asks (its draw), keyed `roadmap/topic`. */
const draws = createStore<Readonly<Record<string, readonly string[]>>>(() => ({}));

export function useDraw(key: string): readonly string[] | undefined {
  return useStore(draws, (shown) => shown[key], undefined);
}

export function showDraw(key: string, asked: readonly string[]) {
  draws.set({ ...draws.get(), [key]: asked });
}

let merge: { userId: string; done: Promise<void> } | undefined;

/**
 * Sends the results this browser kept to the signed-in learner's account (graded again there)
 * and forgets what was merged; once per learner and page load, whoever asks first, so a reader of
 * the account's results can wait for it. A failed merge keeps them for the next page load.
 */
export function mergeBrowserResults(userId: string): Promise<void> {
  if (merge?.userId === userId) return merge.done;
  const sent = browserAttempts.read();
  const done =
    sent.length === 0
      ? Promise.resolve()
      : mergeBrowserAttempts({ attempts: sent })
          .then((result) => {
            if (result.ok) browserAttempts.write(withoutMerged(browserAttempts.read(), sent));
          })
          .catch(() => undefined);
  merge = { userId, done };
  return done;
}

/** The check attempts a visitor keeps in this browser until sign-in merges them. */
export const browserAttempts = browserStorage(LOCAL_CHECKS_KEY, {
  parse: parseBrowserAttempts,
  serialize: serializeBrowserAttempts,
  empty: (): readonly BrowserAttempt[] => [],
  isEmpty: (attempts) => attempts.length === 0,
});

/**
 * A fresh grade: shown as the topic's last result with its next review; a visitor's is kept in this
 * browser (with the chosen options, which the server grades again when it is merged at sign-in).
 */
export function recordResult(result: CheckResult) {
  const { roadmapId, topicId, correctCount, questionCount, answeredAt, reviewDueOn } = result;
  if (result.recorded) {
    const last = { correctCount, questionCount, answeredAt };
    return showLastResult(`${roadmapId}/${topicId}`, { last, reviewDueOn });
  }
  const answers = Object.fromEntries(
    result.questions
      .filter((question) => question.answered)
      .map((question) => [question.id, question.options.filter((o) => o.chosen).map((o) => o.id)]),
  );
  const attempts = browserAttempts.read().filter((a) => a.attemptId !== result.attemptId);
  browserAttempts.write([
    ...attempts,
    {
      attemptId: result.attemptId,
      roadmapId,
      topicId,
      answeredAt,
      correctCount,
      questionCount,
      answers,
    },
  ]);
  showBrowserResult(roadmapId, topicId);
}
