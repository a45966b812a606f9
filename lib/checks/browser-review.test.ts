import { describe, expect, it } from 'vitest';

import { browserReviewDue } from './browser-review';
import type { BrowserAttempt } from './local';
import { reviewCard } from './schedule';

const graded = (topicId: string, answeredAt: string, correctCount: number): BrowserAttempt => ({
  attemptId: `${topicId}-${answeredAt}`,
  roadmapId: 'backend',
  topicId,
  answeredAt,
  correctCount,
  questionCount: 4,
  answers: {},
});

describe('a visitor’s review day', () => {
  it('comes from the same FSRS replay as an account’s card, in the browser’s zone', () => {
    const attempts = [
      graded('http', '2026-01-01T11:30:00Z', 4),
      graded('dns', '2026-01-05T10:00:00Z', 0), // another topic: not counted
    ];
    const auckland = browserReviewDue(attempts, 'backend', 'http', 'Pacific/Auckland');
    const utc = browserReviewDue(attempts, 'backend', 'http', 'UTC');
    expect(auckland).toBe(
      reviewCard(
        undefined,
        [{ answeredAt: new Date('2026-01-01T11:30:00Z'), correctCount: 4, questionCount: 4 }],
        'Pacific/Auckland',
      )?.dueOn,
    );
    // Auckland's day is already 2 January: its review falls a day after UTC's.
    expect(Date.parse(auckland!) - Date.parse(utc!)).toBe(86_400_000);
    expect(browserReviewDue(attempts, 'backend', 'tls', 'UTC')).toBeUndefined();
  });

  it('comes back the next day after a miss', () => {
    const attempts = [
      graded('http', '2026-01-01T10:00:00Z', 4),
      graded('http', '2026-01-03T10:00:00Z', 1),
    ];
    expect(browserReviewDue(attempts, 'backend', 'http', 'UTC')).toBe('2026-01-04');
  });
});
