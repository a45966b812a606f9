import { describe, expect, it } from 'vitest';

import { attemptsOf } from './attempts';
import { reviewSummary } from './review';
import { isDue, reviewState, type CheckOutcome } from './schedule';

const at = (iso: string, passed: boolean): CheckOutcome => ({ answeredAt: new Date(iso), passed });

describe('reviewState', () => {
  it('is undefined for a check never taken', () => {
    expect(reviewState([], 'UTC')).toBeUndefined();
  });

  it('spaces consecutive passes 1, 3, 7, 21, then 60 days apart', () => {
    const passes = [
      at('2026-01-01T10:00:00Z', true), // due 01-02
      at('2026-01-02T10:00:00Z', true), // due 01-05
      at('2026-01-05T10:00:00Z', true), // due 01-12
      at('2026-01-12T10:00:00Z', true), // due 02-02
      at('2026-02-02T10:00:00Z', true), // due 04-03
      at('2026-04-03T10:00:00Z', true), // still 60: due 06-02
    ];
    const dues = passes.map((_, i) => reviewState(passes.slice(0, i + 1), 'UTC')?.dueOn);
    expect(dues).toEqual([
      '2026-01-02',
      '2026-01-05',
      '2026-01-12',
      '2026-02-02',
      '2026-04-03',
      '2026-06-02',
    ]);
    expect(reviewState(passes, 'UTC')?.consecutivePasses).toBe(6);
  });

  it('sets a topic back to one day after a miss, and starts the run again', () => {
    const outcomes = [
      at('2026-01-01T10:00:00Z', true),
      at('2026-01-02T10:00:00Z', true), // due 01-05
      at('2026-01-05T10:00:00Z', false), // miss: due 01-06
    ];
    expect(reviewState(outcomes, 'UTC')).toEqual({ dueOn: '2026-01-06', consecutivePasses: 0 });
    const again = [...outcomes, at('2026-01-05T11:00:00Z', true)]; // first pass after the miss
    expect(reviewState(again, 'UTC')).toEqual({ dueOn: '2026-01-06', consecutivePasses: 1 });
  });

  it('does not count a pass repeated before the topic is due', () => {
    const outcomes = [
      at('2026-01-01T10:00:00Z', true),
      at('2026-01-01T10:05:00Z', true),
      at('2026-01-01T10:09:00Z', true),
    ];
    expect(reviewState(outcomes, 'UTC')).toEqual({ dueOn: '2026-01-02', consecutivePasses: 1 });
  });

  it('reads attempts in any order', () => {
    const outcomes = [at('2026-01-02T10:00:00Z', true), at('2026-01-01T10:00:00Z', true)];
    expect(reviewState(outcomes, 'UTC')?.dueOn).toBe('2026-01-05');
  });

  it('counts days in the learner’s time zone', () => {
    // 23:30 UTC on 1 January is already 2 January in Tokyo and still 1 January in New York.
    const late = [at('2026-01-01T23:30:00Z', true)];
    expect(reviewState(late, 'Asia/Tokyo')?.dueOn).toBe('2026-01-03');
    expect(reviewState(late, 'America/New_York')?.dueOn).toBe('2026-01-02');
    // Two passes on one UTC day fall on two Tokyo days: the second one counts there.
    const two = [at('2026-01-01T10:00:00Z', true), at('2026-01-01T16:00:00Z', true)];
    expect(reviewState(two, 'UTC')?.consecutivePasses).toBe(1);
    expect(reviewState(two, 'Asia/Tokyo')?.consecutivePasses).toBe(2);
  });

  it('is due on and after its day, not before', () => {
    const state = { dueOn: '2026-01-05', consecutivePasses: 2 };
    expect([
      isDue(state, '2026-01-04'),
      isDue(state, '2026-01-05'),
      isDue(state, '2026-02-01'),
    ]).toEqual([false, true, true]);
    expect(isDue(undefined, '2026-01-05')).toBe(false);
  });
});

describe('attemptsOf and reviewSummary', () => {
  const stored = (attemptId: string, topicId: string, correctCount: number, iso: string) => ({
    attemptId,
    roadmapId: 'backend',
    topicId,
    answeredAt: new Date(iso),
    correctCount,
  });
  const counts = new Map([
    ['backend/http', 2],
    ['backend/dns', 2],
  ]);

  it('passes only a fully correct, complete attempt, newest first', () => {
    const attempts = attemptsOf(
      [
        stored('a1', 'http', 2, '2026-01-01T10:00:00Z'),
        stored('a2', 'dns', 1, '2026-01-02T10:00:00Z'), // q2 skipped: not a pass
        stored('a3', 'gone', 1, '2026-01-02T10:00:00Z'), // retired topic: left out
      ],
      counts,
    );
    expect(attempts.map((a) => [a.attemptId, a.correctCount, a.questionCount, a.passed])).toEqual([
      ['a2', 1, 2, false],
      ['a1', 2, 2, true],
    ]);
  });

  it('lists due topics per roadmap and the share whose latest check passed', () => {
    const attempts = attemptsOf(
      [
        stored('a1', 'http', 2, '2026-01-01T10:00:00Z'), // due 01-02
        stored('a2', 'dns', 0, '2026-01-03T10:00:00Z'), // miss: due 01-04
      ],
      counts,
    );
    expect(reviewSummary(attempts, 'UTC', '2026-01-02')).toEqual([
      {
        roadmapId: 'backend',
        dueToday: [{ topicId: 'http', dueOn: '2026-01-02' }],
        checked: 2,
        latestPassed: 1,
      },
    ]);
    expect(reviewSummary(attempts, 'UTC', '2026-01-01')[0]?.dueToday).toEqual([]);
  });
});
