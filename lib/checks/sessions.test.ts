import { describe, expect, it } from 'vitest';

import { MINUTES_PER_REVIEW, reviewSessions } from './sessions';

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
