import { describe, expect, it } from 'vitest';

import { dayIn } from './days';

describe('dayIn', () => {
  it('uses the learner’s time zone, not the server’s', () => {
    const lateEvening = new Date('2026-03-01T23:30:00Z');
    expect(dayIn(lateEvening, 'UTC')).toBe('2026-03-01');
    expect(dayIn(lateEvening, 'Asia/Tokyo')).toBe('2026-03-02');
    expect(dayIn(new Date('2026-03-02T03:00:00Z'), 'America/Los_Angeles')).toBe('2026-03-01');
  });

  it('makes one formatter per time zone, however many days it is asked (the review schedule asks thousands)', () => {
    const Original = Intl.DateTimeFormat;
    let made = 0;
    Intl.DateTimeFormat = function (...args: ConstructorParameters<typeof Original>) {
      made++;
      return new Original(...args);
    } as unknown as typeof Original;
    try {
      const days = Array.from({ length: 1_000 }, (_, n) =>
        dayIn(new Date(Date.UTC(2026, 0, 1) + n * 86_400_000), 'Pacific/Chatham'),
      );
      expect(days.at(-1)).toBe('2028-09-26');
    } finally {
      Intl.DateTimeFormat = Original;
    }
    expect(made).toBeLessThanOrEqual(1);
  });
});
