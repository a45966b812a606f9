import { describe, expect, it } from 'vitest';

import { attemptsOf } from './attempts';
import { reviewSummary } from './review';

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
    ['backend/tls', 2],
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

  it('lists topics due by their cards per roadmap, and the share whose latest check passed', () => {
    const attempts = attemptsOf(
      [
        stored('a1', 'http', 2, '2026-01-01T10:00:00Z'),
        stored('a2', 'dns', 0, '2026-01-03T10:00:00Z'),
        stored('a3', 'tls', 2, '2026-01-03T10:00:00Z'),
      ],
      counts,
    );
    const cards = [
      { roadmapId: 'backend', topicId: 'http', dueOn: '2026-01-04' },
      { roadmapId: 'backend', topicId: 'dns', dueOn: '2026-01-03' },
      { roadmapId: 'backend', topicId: 'tls', dueOn: '2026-01-09' },
      { roadmapId: 'backend', topicId: 'gone', dueOn: '2026-01-01' }, // retired: left out
    ];
    expect(reviewSummary(attempts, cards, '2026-01-04')).toEqual([
      {
        roadmapId: 'backend',
        dueToday: [
          { topicId: 'dns', dueOn: '2026-01-03' },
          { topicId: 'http', dueOn: '2026-01-04' },
        ],
        checked: 3,
        latestPassed: 2,
      },
    ]);
    expect(reviewSummary(attempts, cards, '2026-01-02')[0]?.dueToday).toEqual([]);
  });
});
