import { describe, expect, it } from 'vitest';

import {
  completedHoursSince,
  judgeTrack,
  plannedHoursBefore,
  type ItemSincePlan,
} from './on-track';

const everyDay = [1, 2, 3, 4, 5, 6, 7] as const;

describe('hours the plan called for', () => {
  it('adds each past study day’s share of the weekly hours, today not yet counted', () => {
    const plan = [{ startsOn: '2026-11-30', hoursPerWeek: 6, studyDays: [1, 3, 5] as const }];
    expect(plannedHoursBefore(plan, '2026-11-30')).toBe(0); // the first day starts on track
    expect(plannedHoursBefore(plan, '2026-12-01')).toBe(2); // Monday is over
    expect(plannedHoursBefore(plan, '2026-12-03')).toBe(4); // and Wednesday
    expect(plannedHoursBefore(plan, '2026-12-07')).toBe(6); // a whole week
  });

  it('follows the plan’s history: each day at the pace in force that day', () => {
    const history = [
      { startsOn: '2026-11-30', hoursPerWeek: 7, studyDays: everyDay },
      { startsOn: '2026-12-07', hoursPerWeek: 14, studyDays: everyDay },
      { startsOn: '2026-12-10', hoursPerWeek: 2, studyDays: [6, 7] as const },
    ];
    // 7 days at 1 h, 3 days at 2 h, then Saturday 12 and Sunday 13 at 1 h.
    expect(plannedHoursBefore(history, '2026-12-14')).toBe(7 + 6 + 2);
    // Order of the rows does not matter.
    expect(plannedHoursBefore([...history].reverse(), '2026-12-14')).toBe(15);
    // A version that starts today has not called for anything yet.
    expect(plannedHoursBefore(history, '2026-12-10')).toBe(7 + 6);
  });

  it('counts across a year boundary', () => {
    const plan = [{ startsOn: '2026-12-28', hoursPerWeek: 1, studyDays: [7] as const }];
    expect(plannedHoursBefore(plan, '2027-01-11')).toBe(2); // Sundays 3 and 10 January
  });
});

const since = (
  estimate: number,
  status: ItemSincePlan['status'],
  changedSincePlan: boolean,
  loggedSincePlan = 0,
): ItemSincePlan => ({
  estimate,
  status,
  logged: loggedSincePlan,
  changedSincePlan,
  loggedSincePlan,
});

describe('hours completed since the plan started', () => {
  it('counts items done since then at their estimate, and logged time on items in progress', () => {
    expect(
      completedHoursSince([
        since(3, 'done', true),
        since(5, 'done', false), // done before the plan: not this plan's work
        since(4, 'in_progress', true, 1.5),
        since(2, 'skipped', true), // skipping is not studying
        since(2, 'not_started', false, 1),
      ]),
    ).toBe(4.5);
  });

  it('counts at most three quarters of an item in progress (the rest comes with done)', () => {
    expect(completedHoursSince([since(4, 'in_progress', true, 10)])).toBe(3);
  });
});

describe('the verdict', () => {
  it('is on track within half an hour either way', () => {
    expect(judgeTrack(10, 10.4)).toEqual({ verdict: 'on-track', planned: 10, completed: 10.4 });
    expect(judgeTrack(10, 9.6).verdict).toBe('on-track');
  });

  it('says how many hours behind or ahead, to the quarter hour', () => {
    expect(judgeTrack(10, 7)).toEqual({ verdict: 'behind', hours: 3, planned: 10, completed: 7 });
    expect(judgeTrack(2, 3.3)).toMatchObject({ verdict: 'ahead', hours: 1.25 });
  });
});
