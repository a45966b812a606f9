'use client';

import { mergeBrowserAttempts, type CheckResult } from '@/lib/checks/actions';
import type { LastResult } from '@/lib/checks/last-result';
import {
  LOCAL_CHECKS_KEY,
  parseBrowserAttempts,
  serializeBrowserAttempts,
  withoutMerged,
  type BrowserAttempt,
} from '@/lib/checks/local';

import { browserStorage } from '../browserStorage';
import { createStore, useStore } from '../clientStore';

/** Last results of the topics seen on this page, keyed `roadmap/topic`; `null` = never taken. */
const results = createStore<Readonly<Record<string, LastResult | null>>>(() => ({}));

export function useLastResult(key: string): LastResult | null | undefined {
  return useStore(results, (shown) => shown[key], undefined);
}

export function showLastResult(key: string, result: LastResult | null) {
  results.set({ ...results.get(), [key]: result });
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
 * A fresh grade: shown as the topic's last result; a visitor's is kept in this browser (with the
 * chosen options, which the server grades again when it is merged at sign-in).
 */
export function recordResult(result: CheckResult) {
  const { roadmapId, topicId, correctCount, questionCount, answeredAt } = result;
  showLastResult(`${roadmapId}/${topicId}`, { correctCount, questionCount, answeredAt });
  if (result.recorded) return;
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
}
