import type { Route } from 'next';
import { describe, expect, it } from 'vitest';

import type { PlanSummary } from './summary';
import { todaysShare } from './today';

const summaryWith = (
  hoursPerWeek: number,
  studyDays: PlanSummary['pace']['studyDays'],
  itemHours: number[],
): PlanSummary => ({
  pace: { hoursPerWeek, studyDays },
  remaining: itemHours.reduce((sum, hours) => sum + hours, 0),
  finish: '2027-03-01',
  target: null,
  thisWeek: itemHours.map((hours, index) => ({
    id: `t${index}`,
    kind: 'topic',
    title: `Topic ${index}`,
    href: `/roadmaps/backend/t${index}` as Route,
    hours,
  })),
  track: { verdict: 'on-track', planned: 0, completed: 0 },
});

describe('today’s share of the plan', () => {
  it('is the next item, sized to one study day’s share of the week', () => {
    // 8 h on six days: 1 h 20 min a day. Monday 7 December 2026 is a study day.
    const share = todaysShare(summaryWith(8, [1, 2, 3, 4, 5, 6], [6, 4]), '2026-12-07');
    expect(share).toMatchObject({ item: { id: 't0' }, studyDay: true, minutes: 75 });
    expect(share!.hours).toBeCloseTo(8 / 6);
  });

  it('is what is left of the item when that is less than a day’s share', () => {
    const share = todaysShare(summaryWith(10, [1, 3], [0.5, 4]), '2026-12-07');
    expect(share).toMatchObject({ hours: 0.5, minutes: 30 });
  });

  it('says so on a day that is not a study day (Sunday, with weekdays chosen)', () => {
    expect(todaysShare(summaryWith(5, [1, 2, 3, 4, 5], [3]), '2026-12-13')?.studyDay).toBe(false);
  });

  it('logs at least a quarter hour and at most one log’s 12 hours', () => {
    expect(todaysShare(summaryWith(0.5, [1, 2, 3, 4, 5, 6, 7], [3]), '2026-12-07')?.minutes).toBe(
      15,
    );
    expect(todaysShare(summaryWith(60, [1, 2], [40]), '2026-12-07')?.minutes).toBe(720);
  });

  it('is nothing once nothing is left', () => {
    expect(todaysShare(summaryWith(5, [1], []), '2026-12-07')).toBeNull();
  });
});
