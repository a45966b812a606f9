import { describe, expect, it } from 'vitest';

import { reviewDueText } from './last-result';
import {
  browserLastSeen,
  latestBrowserAttempt,
  MAX_BROWSER_ATTEMPTS,
  parseBrowserAttempts,
  serializeBrowserAttempts,
  withoutMerged,
  type BrowserAttempt,
} from './local';

const attempt = (attemptId: string, topicId: string, answeredAt: string): BrowserAttempt => ({
  attemptId,
  roadmapId: 'backend',
  topicId,
  answeredAt,
  correctCount: 1,
  questionCount: 3,
  answers: { one: ['a'] },
});

describe('browser check results', () => {
  it('round-trips, keeping the newest attempts only', () => {
    const attempts = Array.from({ length: MAX_BROWSER_ATTEMPTS + 5 }, (_, n) =>
      attempt(`a${n}`, 'http', new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString()),
    );
    const kept = parseBrowserAttempts(serializeBrowserAttempts(attempts));
    expect(kept).toHaveLength(MAX_BROWSER_ATTEMPTS);
    expect(kept[0]!.attemptId).toBe('a5');
  });

  it('reads anything unreadable as no results, and drops garbled attempts', () => {
    expect(parseBrowserAttempts(null)).toEqual([]);
    expect(parseBrowserAttempts('{')).toEqual([]);
    expect(parseBrowserAttempts(JSON.stringify({ version: 2, attempts: [] }))).toEqual([]);
    const good = attempt('a1', 'http', '2026-01-01T00:00:00Z');
    const text = JSON.stringify({
      version: 1,
      attempts: [good, { ...good, answers: { one: [1] } }, 7],
    });
    expect(parseBrowserAttempts(text)).toEqual([good]);
  });

  it('finds a topic’s latest attempt and forgets merged ones', () => {
    const older = attempt('a1', 'http', '2026-01-01T00:00:00Z');
    const newer = attempt('a2', 'http', '2026-01-02T00:00:00Z');
    const other = attempt('a3', 'dns', '2026-01-03T00:00:00Z');
    expect(latestBrowserAttempt([newer, older, other], 'backend', 'http')).toBe(newer);
    expect(latestBrowserAttempt([other], 'backend', 'http')).toBeUndefined();
    expect(withoutMerged([older, newer, other], [older, other])).toEqual([newer]);
  });
});

describe('reviewDueText', () => {
  it('says when the review is next, due today, or overdue since', () => {
    expect(reviewDueText('2026-12-14', '2026-12-01')).toBe('Next review: 14 Dec 2026');
    expect(reviewDueText('2026-12-01', '2026-12-01')).toBe('Review due today');
    expect(reviewDueText('2026-11-28', '2026-12-01')).toBe('Review overdue since 28 Nov 2026');
  });
});

describe('browserLastSeen', () => {
  it('keeps each question’s latest answer at one topic, skipping other topics and bad dates', () => {
    const seen = browserLastSeen(
      [
        { ...attempt('a', 'http', '2026-01-01T00:00:00Z'), answers: { one: ['a'], two: ['b'] } },
        { ...attempt('b', 'http', '2026-01-03T00:00:00Z'), answers: { one: ['a'] } },
        { ...attempt('c', 'dns', '2026-01-05T00:00:00Z'), answers: { three: ['a'] } },
        { ...attempt('d', 'http', 'garbage'), answers: { four: ['a'] } },
      ],
      'backend',
      'http',
    );
    expect(Object.fromEntries(seen)).toEqual({
      one: Date.parse('2026-01-03T00:00:00Z'),
      two: Date.parse('2026-01-01T00:00:00Z'),
    });
  });
});
