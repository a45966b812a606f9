import { describe, expect, it } from 'vitest';

import { judgeRate, windowStart } from './policy';

const at = (iso: string) => new Date(iso);

describe('the write rate policy', () => {
  it('aligns windows to the minute, the same on every server', () => {
    expect(windowStart(at('2026-11-22T10:00:59.999Z')).toISOString()).toBe(
      '2026-11-22T10:00:00.000Z',
    );
    expect(windowStart(at('2026-11-22T10:01:00.000Z')).toISOString()).toBe(
      '2026-11-22T10:01:00.000Z',
    );
  });

  it('allows up to the limit of every key, and refuses past any of them until the window ends', () => {
    const now = at('2026-11-22T10:00:45.200Z');
    // [count, limit] per key: the learner's and their address's.
    const judge = (...keys: [number, number][]) =>
      judgeRate(
        keys.map(([count, limit]) => ({ count, limit })),
        now,
      );
    expect(judge([60, 60], [1, 600])).toEqual({ allowed: true });
    expect(judge([61, 60], [1, 600])).toEqual({ allowed: false, retryAfterSeconds: 15 });
    expect(judge([1, 60], [601, 600])).toMatchObject({ allowed: false });
    expect(judgeRate([{ count: 99, limit: 60 }], at('2026-11-22T10:00:59.999Z'))).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
    });
  });
});
