import { describe, expect, it } from 'vitest';

import { dayIn } from './calendar';
import { averageWeeklyHours, hoursByWeek } from './weekly';

describe('hours studied per week', () => {
  it('gives the last 12 weeks, Monday first, oldest first, across a year boundary', () => {
    const weeks = hoursByWeek(
      [
        { day: '2027-01-03', minutes: 30 }, // Sunday: the week of 28 December
        { day: '2026-12-28', minutes: 60 },
        { day: '2027-01-04', minutes: 90 }, // Monday: this week
        { day: '2026-10-01', minutes: 600 }, // too old to show
      ],
      '2027-01-06',
    );
    expect(weeks).toHaveLength(12);
    expect(weeks[0]!.weekStart).toBe('2026-10-19');
    expect(weeks.at(-2)).toEqual({ weekStart: '2026-12-28', hours: 1.5 });
    expect(weeks.at(-1)).toEqual({ weekStart: '2027-01-04', hours: 1.5 });
    expect(weeks.reduce((sum, week) => sum + week.hours, 0)).toBe(3);
  });

  it('keeps time where the learner logged it when they later change time zone', () => {
    // Logged at 10:00 on Monday in Tokyo; the learner then moves to New York, where that instant
    // was Sunday. The entry stays in the week it was logged in; "this week" follows the new zone.
    const loggedAt = new Date('2026-06-01T01:00:00Z');
    const entries = [{ day: dayIn(loggedAt, 'Asia/Tokyo'), minutes: 45 }];
    const today = dayIn(new Date('2026-06-08T02:00:00Z'), 'America/New_York'); // Sunday 7 June
    const weeks = hoursByWeek(entries, today);
    expect(weeks.at(-1)).toEqual({ weekStart: '2026-06-01', hours: 0.75 });
  });

  it('averages the finished weeks from the first one with time logged', () => {
    const weeks = hoursByWeek(
      [
        { day: '2026-11-16', minutes: 120 },
        { day: '2026-11-30', minutes: 60 }, // Monday of this week: not over, not averaged
        { day: '2026-12-01', minutes: 600 },
      ],
      '2026-12-01',
    );
    // From the week of 16 November (2 h) through that of 23 November (0 h).
    expect(averageWeeklyHours(weeks)).toBe(1);
    expect(averageWeeklyHours(hoursByWeek([], '2026-12-01'))).toBeNull();
  });
});
