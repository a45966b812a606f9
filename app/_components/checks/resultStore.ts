'use client';

import { useSyncExternalStore } from 'react';

import type { CheckResult } from '@/lib/checks/actions';
import {
  LOCAL_CHECKS_KEY,
  parseBrowserAttempts,
  serializeBrowserAttempts,
  type BrowserAttempt,
} from '@/lib/checks/local';

/** A topic's last result as "Last result" shows it. */
export type LastResult = { correctCount: number; questionCount: number; answeredAt: string };

/** Last results of the topics seen on this page, keyed `roadmap/topic`; `null` = never taken. */
let results: Record<string, LastResult | null> = {};
const listeners = new Set<() => void>();

function set(key: string, result: LastResult | null) {
  results = { ...results, [key]: result };
  listeners.forEach((listener) => listener());
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useLastResult(key: string): LastResult | null | undefined {
  return useSyncExternalStore(
    subscribe,
    () => results[key],
    () => undefined,
  );
}

export const showLastResult = set;

export function readBrowserAttempts(): BrowserAttempt[] {
  try {
    return parseBrowserAttempts(localStorage.getItem(LOCAL_CHECKS_KEY));
  } catch {
    return [];
  }
}

export function writeBrowserAttempts(attempts: readonly BrowserAttempt[]) {
  try {
    if (attempts.length === 0) localStorage.removeItem(LOCAL_CHECKS_KEY);
    else localStorage.setItem(LOCAL_CHECKS_KEY, serializeBrowserAttempts(attempts));
  } catch {
    // Storage full or disabled: the result still shows on this page.
  }
}

/**
 * A fresh grade: shown as the topic's last result; a visitor's is kept in this browser (with the
 * chosen options, which the server grades again when it is merged at sign-in).
 */
export function recordResult(result: CheckResult) {
  const { roadmapId, topicId, correctCount, questionCount, answeredAt } = result;
  set(`${roadmapId}/${topicId}`, { correctCount, questionCount, answeredAt });
  if (result.recorded) return;
  const answers = Object.fromEntries(
    result.questions
      .filter((question) => question.answered)
      .map((question) => [question.id, question.options.filter((o) => o.chosen).map((o) => o.id)]),
  );
  const attempts = readBrowserAttempts().filter((a) => a.attemptId !== result.attemptId);
  writeBrowserAttempts([
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
