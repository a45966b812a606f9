import { describe, expect, it } from 'vitest';

import { addDays } from '@/lib/calendar/days';

import { heatmap, streaks } from './activity';

describe('streaks', () => {
  it('counts the current run through today, or through yesterday while today is still open', () => {
    const days = ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-05', '2026-03-06'];
    expect(streaks(days, '2026-03-06')).toEqual({ current: 2, longest: 3 });
    expect(streaks(days, '2026-03-07')).toEqual({ current: 2, longest: 3 });
    expect(streaks(days, '2026-03-08')).toEqual({ current: 0, longest: 3 });
  });

  it('handles month and year boundaries and no activity', () => {
    expect(streaks(['2025-12-30', '2025-12-31', '2026-01-01'], '2026-01-01')).toEqual({
      current: 3,
      longest: 3,
    });
    expect(streaks([], '2026-01-01')).toEqual({ current: 0, longest: 0 });
  });
});

describe('heatmap', () => {
  it('has 52 week columns of Sunday-first days ending today, with levels relative to the busiest day', () => {
    const today = '2026-11-18'; // a Wednesday
    const grid = heatmap(
      [
        { day: today, changes: 8, done: 2 },
        { day: '2026-11-01', changes: 2, done: 0 },
        { day: '2024-01-01', changes: 100, done: 0 }, // outside the window: ignored
      ],
      today,
    );
    expect(grid).toHaveLength(52);
    expect(grid[0]).toHaveLength(7);
    expect(grid[0]![0]!.day).toBe(addDays('2026-11-15', -51 * 7));
    const last = grid[51]!;
    expect(last.map((c) => c.day)).toEqual([
      '2026-11-15',
      '2026-11-16',
      '2026-11-17',
      '2026-11-18',
    ]);
    expect(last[3]).toEqual({ day: today, changes: 8, level: 4 });
    expect(grid.flat().find((c) => c.day === '2026-11-01')).toEqual({
      day: '2026-11-01',
      changes: 2,
      level: 1,
    });
    expect(grid.flat().filter((c) => c.level > 0)).toHaveLength(2);
  });
});
