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
    expect(
      judgeRate(
        [
          { count: 60, limit: 60 },
          { count: 1, limit: 600 },
        ],
        now,
      ),
    ).toEqual({
      allowed: true,
    });
    expect(
      judgeRate(
        [
          { count: 61, limit: 60 },
          { count: 1, limit: 600 },
        ],
        now,
      ),
    ).toEqual({
      allowed: false,
      retryAfterSeconds: 15,
    });
    expect(
      judgeRate(
        [
          { count: 1, limit: 60 },
          { count: 601, limit: 600 },
        ],
        now,
      ),
    ).toMatchObject({
      allowed: false,
    });
    expect(judgeRate([{ count: 99, limit: 60 }], at('2026-11-22T10:00:59.999Z'))).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
    });
  });
});
