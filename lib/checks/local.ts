import { lastSeenOf } from './draw';

/** A visitor's graded attempt as this browser keeps it, until it is merged into an account. */
export type BrowserAttempt = {
  attemptId: string;
  roadmapId: string;
  topicId: string;
  answeredAt: string;
  correctCount: number;
  questionCount: number;
  /** Chosen option ids by question id: the server grades them again when they are merged. */
  answers: Record<string, string[]>;
};

export const LOCAL_CHECKS_KEY = 'waymark-checks';
/** A browser keeps this many attempts at most (the newest): plenty for a visitor's review history. */
export const MAX_BROWSER_ATTEMPTS = 200;

// Checked by hand, not with zod, like lib/progress/local.ts: this module ships to the browser,
// and the server validates everything again before merging it.
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isAttempt = (value: unknown): value is BrowserAttempt =>
  isRecord(value) &&
  ['attemptId', 'roadmapId', 'topicId', 'answeredAt'].every(
    (key) => typeof value[key] === 'string',
  ) &&
  typeof value.correctCount === 'number' &&
  typeof value.questionCount === 'number' &&
  isRecord(value.answers) &&
  Object.values(value.answers).every(
    (chosen) => Array.isArray(chosen) && chosen.every((id) => typeof id === 'string'),
  );

/** The browser's attempts; anything unreadable (another format, tampering) counts as none. */
export function parseBrowserAttempts(text: string | null): BrowserAttempt[] {
  if (!text) return [];
  try {
    const stored: unknown = JSON.parse(text);
    return isRecord(stored) && stored.version === 1 && Array.isArray(stored.attempts)
      ? stored.attempts.filter(isAttempt)
      : [];
  } catch {
    return [];
  }
}

export function serializeBrowserAttempts(attempts: readonly BrowserAttempt[]): string {
  return JSON.stringify({ version: 1, attempts: attempts.slice(-MAX_BROWSER_ATTEMPTS) });
}

/** The newest attempt at one topic, for "Last result". */
export function latestBrowserAttempt(
  attempts: readonly BrowserAttempt[],
  roadmapId: string,
  topicId: string,
): BrowserAttempt | undefined {
  return attempts
    .filter((a) => a.roadmapId === roadmapId && a.topicId === topicId)
    .reduce<BrowserAttempt | undefined>(
      (newest, a) => (!newest || a.answeredAt > newest.answeredAt ? a : newest),
      undefined,
    );
}

/** What is left in the browser once `sent` was merged (attempts made meanwhile stay). */
export function withoutMerged(
  attempts: readonly BrowserAttempt[],
  sent: readonly BrowserAttempt[],
) {
  const merged = new Set(sent.map((a) => a.attemptId));
  return attempts.filter((a) => !merged.has(a.attemptId));
}

/**
 * When this browser last answered each question of one topic (ms since the epoch): a visitor's
 * draw comes from the results kept here, as a learner's comes from their stored answers.
 */
export function browserLastSeen(
  attempts: readonly BrowserAttempt[],
  roadmapId: string,
  topicId: string,
): Map<string, number> {
  return lastSeenOf(
    attempts
      .filter((attempt) => attempt.roadmapId === roadmapId && attempt.topicId === topicId)
      .flatMap((attempt) =>
        Object.keys(attempt.answers).map((questionId) => ({
          questionId,
          answeredAt: Date.parse(attempt.answeredAt),
        })),
      ),
  );
}
