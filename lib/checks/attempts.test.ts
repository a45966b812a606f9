import { afterEach, describe, expect, it } from 'vitest';

import { attemptsByTopic, attemptsOf, topicKey, type Attempt } from './attempts';

const start = Date.UTC(2026, 0, 1);

/** `count` attempts, newest first, spread over `topics` topics in turn. */
function attempts(count: number, topics: number): Attempt[] {
  return Array.from({ length: count }, (_, n) => ({
    attemptId: `attempt-${n}`,
    roadmapId: 'backend',
    topicId: `topic-${n % topics}`,
    answeredAt: new Date(start - n * 60_000),
    correctCount: n % 4,
    questionCount: 3,
    passed: n % 4 === 3,
  }));
}

const arrayIterator = Object.getOwnPropertyDescriptor(Array.prototype, Symbol.iterator)!;
afterEach(() => Object.defineProperty(Array.prototype, Symbol.iterator, arrayIterator));

/**
 * How many array elements `work` steps through with iterators (`for…of`, spreads): copying a
 * topic's list for every attempt shows up as a count that grows with the square of the input.
 */
function arrayStepsOf(work: () => void): number {
  let steps = 0;
  const iterate = arrayIterator.value as (this: unknown[]) => Iterator<unknown>;
  Object.defineProperty(Array.prototype, Symbol.iterator, {
    ...arrayIterator,
    value: function (this: unknown[]) {
      const inner = iterate.call(this);
      return {
        next: () => {
          steps++;
          return inner.next();
        },
        [Symbol.iterator]() {
          return this;
        },
      };
    },
  });
  try {
    work();
  } finally {
    Object.defineProperty(Array.prototype, Symbol.iterator, arrayIterator);
  }
  return steps;
}

describe('attemptsByTopic', () => {
  it('visits each attempt a bounded number of times, however many a topic has', () => {
    // 2,000 attempts on 2 topics: one pass is ~2,000 steps; a copy per attempt would be ~1,000,000.
    const input = attempts(2_000, 2);
    const steps = arrayStepsOf(() => attemptsByTopic(input));
    expect(steps).toBeLessThanOrEqual(2 * input.length + 10);
  });

  it('keeps every attempt, as the same object, in its topic, newest first, at 50,000 attempts', () => {
    const input = attempts(50_000, 7);
    const byTopic = attemptsByTopic(input);
    expect([...byTopic.keys()]).toEqual(
      Array.from({ length: 7 }, (_, n) => topicKey('backend', `topic-${n}`)),
    );
    expect([...byTopic.values()].reduce((sum, list) => sum + list.length, 0)).toBe(input.length);
    for (const [key, list] of byTopic) {
      const expected = input.filter(
        (attempt) => topicKey(attempt.roadmapId, attempt.topicId) === key,
      );
      expect(list).toHaveLength(expected.length);
      expect(list.every((attempt, n) => attempt === expected[n])).toBe(true);
    }
  });
});

describe('attemptsOf with a bank larger than an attempt', () => {
  const stored = (attemptId: string, correctCount: number, answeredCount: number) => ({
    attemptId,
    roadmapId: 'backend',
    topicId: 'http',
    answeredAt: new Date(start),
    correctCount,
    answeredCount,
  });
  const counts = new Map([['backend/http', 4]]);

  it('passes four correct of the four asked, and judges an older five-question attempt on five', () => {
    const judged = attemptsOf(
      [stored('drawn', 4, 4), stored('old-pass', 5, 5), stored('old-miss', 4, 5)],
      counts,
    );
    expect(judged.map((a) => [a.attemptId, a.questionCount, a.passed])).toEqual([
      ['drawn', 4, true],
      ['old-pass', 5, true],
      ['old-miss', 5, false],
    ]);
    expect(judged[0]).not.toHaveProperty('answeredCount');
  });
});
