import { describe, expect, it } from 'vitest';

import { QUESTIONS_PER_ATTEMPT } from '@/lib/content/check-sizes';

import { drawQuestions, lastSeenOf } from './draw';

const bank = (size: number) => Array.from({ length: size }, (_, n) => `q${n + 1}`);
const seenAt = (ids: readonly string[], at: number) =>
  ids.map((questionId) => ({ questionId, answeredAt: at }));

describe('drawQuestions', () => {
  it('asks the first four of the bank when nothing was answered yet, as the static page does', () => {
    expect(drawQuestions(bank(8), new Map(), 'learner/backend/http')).toEqual([
      'q1',
      'q2',
      'q3',
      'q4',
    ]);
    expect(QUESTIONS_PER_ATTEMPT).toBe(4);
  });

  it('asks the whole bank when it is smaller than an attempt', () => {
    expect(drawQuestions(bank(3), lastSeenOf(seenAt(['q1'], 1)), 'seed')).toEqual([
      'q1',
      'q2',
      'q3',
    ]);
  });

  it.each([8, 9, 12])(
    'a review after a first attempt asks different questions when the bank has %i',
    (size) => {
      const first = drawQuestions(bank(size), new Map(), 'learner/backend/http');
      const review = drawQuestions(
        bank(size),
        lastSeenOf(seenAt(first, 1_000)),
        'learner/backend/http',
      );
      expect(review).toHaveLength(4);
      expect(review.filter((id) => first.includes(id))).toEqual([]);
    },
  );

  it('takes never-answered questions first, then the least recently answered', () => {
    const lastSeen = lastSeenOf([
      ...seenAt(['q1', 'q2'], 3_000),
      ...seenAt(['q3', 'q4'], 1_000),
      ...seenAt(['q5'], 2_000),
    ]);
    // q6 was never answered; then q3 and q4 (oldest), then q5.
    expect(drawQuestions(bank(6), lastSeen, 'seed')).toEqual(['q3', 'q4', 'q5', 'q6']);
  });

  it('counts a question by its latest answer', () => {
    const lastSeen = lastSeenOf([
      ...seenAt(bank(5), 1_000),
      ...seenAt(['q1', 'q2', 'q3', 'q4'], 500),
    ]);
    expect(lastSeen.get('q1')).toBe(1_000);
  });

  it('breaks ties the same way every time, and differently for different learners', () => {
    const lastSeen = lastSeenOf(seenAt(bank(12), 1_000));
    const draw = (seed: string) => drawQuestions(bank(12), lastSeen, seed);
    expect(draw('ada/backend/http')).toEqual(draw('ada/backend/http'));
    const seeds = ['ada', 'bob', 'cy', 'dee', 'eve'].map((name) =>
      draw(`${name}/backend/http`).join(),
    );
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });

  it('ignores answers to questions no longer in the bank', () => {
    const lastSeen = lastSeenOf(seenAt(['retired'], 1_000));
    expect(drawQuestions(bank(6), lastSeen, 'seed')).toHaveLength(4);
  });
});
