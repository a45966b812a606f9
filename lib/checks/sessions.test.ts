import { describe, expect, it } from 'vitest';

import { MINUTES_PER_REVIEW, reviewLoadByRoadmap, reviewSessions } from './sessions';

const card = (topicId: string, dueOn: string) => ({ roadmapId: 'backend', topicId, dueOn });

describe('reviewSessions', () => {
  it('groups due topics by day, overdue ones today, and leaves out those past the window', () => {
    const cards = [
      card('dns', '2026-12-03'),
      card('http', '2026-11-20'), // overdue: today
      card('tls', '2026-12-01'),
      card('tcp', '2026-12-03'),
      card('cdn', '2026-12-09'), // after the window
    ];
    expect(reviewSessions(cards, '2026-12-01', '2026-12-07')).toEqual([
      {
        day: '2026-12-01',
        topics: [
          { roadmapId: 'backend', topicId: 'http' },
          { roadmapId: 'backend', topicId: 'tls' },
        ],
        minutes: 2 * MINUTES_PER_REVIEW,
      },
      {
        day: '2026-12-03',
        topics: [
          { roadmapId: 'backend', topicId: 'dns' },
          { roadmapId: 'backend', topicId: 'tcp' },
        ],
        minutes: 2 * MINUTES_PER_REVIEW,
      },
    ]);
    expect(reviewSessions([], '2026-12-01', '2026-12-07')).toEqual([]);
  });
});

describe('reviewLoadByRoadmap', () => {
  it('counts each roadmap’s reviews up to a day, overdue ones included, at 5 minutes each', () => {
    const cards = [
      card('http', '2026-11-20'),
      card('dns', '2026-12-06'),
      card('tls', '2026-12-07'), // after the day
      { roadmapId: 'javascript', topicId: 'npm', dueOn: '2026-12-02' },
    ];
    expect(reviewLoadByRoadmap(cards, '2026-12-01', '2026-12-06')).toEqual(
      new Map([
        ['backend', { topics: 2, minutes: 10 }],
        ['javascript', { topics: 1, minutes: 5 }],
      ]),
    );
    expect(reviewLoadByRoadmap([], '2026-12-01', '2026-12-06').size).toBe(0);
  });
});
