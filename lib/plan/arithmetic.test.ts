import { describe, expect, it } from 'vitest';

import {
  formatWeeks,
  hoursPerWeekForTarget,
  itemRemaining,
  projectedFinish,
  remainingHours,
  scheduleWeeks,
  thisWeek,
  weeksAtPace,
  type PlannedItem,
} from './arithmetic';

const item = (estimate: number, status: PlannedItem['status'] = 'not_started', logged = 0) => ({
  estimate,
  status,
  logged,
});

describe('remaining hours', () => {
  it('count unfinished items at their estimate and finished ones not at all', () => {
    expect(itemRemaining(item(4))).toBe(4);
    expect(itemRemaining(item(4, 'done', 1))).toBe(0);
    expect(itemRemaining(item(4, 'skipped'))).toBe(0);
    // Time logged before the topic was started does not shorten it: only progress does.
    expect(itemRemaining(item(4, 'not_started', 3))).toBe(4);
  });

  it('take logged time off an item in progress, never below a quarter of its estimate', () => {
    expect(itemRemaining(item(4, 'in_progress'))).toBe(4);
    expect(itemRemaining(item(4, 'in_progress', 1.5))).toBe(2.5);
    expect(itemRemaining(item(4, 'in_progress', 3))).toBe(1);
    expect(itemRemaining(item(4, 'in_progress', 3.5))).toBe(1);
    expect(itemRemaining(item(4, 'in_progress', 40))).toBe(1);
  });

  it('add up over any list of planned items (topics and projects alike)', () => {
    expect(remainingHours([])).toBe(0);
    expect(
      remainingHours([item(2), item(3, 'done'), item(4, 'in_progress', 1), item(10, 'skipped')]),
    ).toBe(5);
  });
});

const mwf = [1, 3, 5] as const;

describe('projected finish', () => {
  it('lands on the study day that completes the remaining hours', () => {
    // 10 h at 5 h a week over Mon/Wed/Fri is 6 study days of 1⅔ h, from Tuesday 1 December.
    expect(projectedFinish(10, { hoursPerWeek: 5, studyDays: mwf }, '2026-12-01')).toBe(
      '2026-12-14',
    );
    // Today counts when it is a study day.
    expect(
      projectedFinish(1, { hoursPerWeek: 7, studyDays: [1, 2, 3, 4, 5, 6, 7] }, '2026-12-01'),
    ).toBe('2026-12-01');
  });

  it('is not pushed a day later by floating-point dust', () => {
    // 0.1 h a day for 3 days: 0.3 / 0.1 is 2.9999999999999996 in floating point.
    expect(
      projectedFinish(0.3, { hoursPerWeek: 0.7, studyDays: [1, 2, 3, 4, 5, 6, 7] }, '2026-12-01'),
    ).toBe('2026-12-03');
  });

  it('runs across a year boundary and is null once nothing remains', () => {
    expect(projectedFinish(3, { hoursPerWeek: 1, studyDays: [7] }, '2026-12-28')).toBe(
      '2027-01-17',
    );
    expect(projectedFinish(0, { hoursPerWeek: 5, studyDays: mwf }, '2026-12-01')).toBeNull();
  });

  it('handles a whole roadmap at the slowest pace without looping day by day', () => {
    const finish = projectedFinish(400, { hoursPerWeek: 0.5, studyDays: [6] }, '2026-12-01');
    // The 800th Saturday: Saturday 5 December 2026 plus 799 weeks.
    expect(finish).toBe('2042-03-29');
  });
});

describe('hours a week for a target date', () => {
  it('spreads the remaining hours over the study days up to the target', () => {
    // Wed 2, Fri 4, Mon 7, Wed 9, Fri 11: 5 study days, 2 h each, 3 a week.
    const needed = hoursPerWeekForTarget(10, mwf, '2026-12-01', '2026-12-11');
    expect(needed).toBe(6);
    // At that pace the projected finish is the target.
    expect(projectedFinish(10, { hoursPerWeek: needed!, studyDays: mwf }, '2026-12-01')).toBe(
      '2026-12-11',
    );
  });

  it('is null when no study day is left before the target, zero when nothing remains', () => {
    expect(hoursPerWeekForTarget(10, [1], '2026-12-01', '2026-12-06')).toBeNull();
    expect(hoursPerWeekForTarget(0, [1], '2026-12-01', '2026-12-06')).toBe(0);
  });
});

describe('this week', () => {
  const topics = [
    { id: 'a', ...item(2, 'done') },
    { id: 'b', ...item(3, 'in_progress', 2) },
    { id: 'c', ...item(4) },
    { id: 'd', ...item(1, 'skipped') },
    { id: 'e', ...item(2) },
    { id: 'f', ...item(2) },
  ];

  it('takes the next unfinished items in order until the week’s hours are filled', () => {
    expect(thisWeek(topics, 5).map(({ item: { id }, hours }) => [id, hours])).toEqual([
      ['b', 1],
      ['c', 4],
    ]);
    // The item that crosses the line is in: the week ends mid-topic.
    expect(thisWeek(topics, 6).map(({ item: { id } }) => id)).toEqual(['b', 'c', 'e']);
  });

  it('always offers something while anything remains, and nothing once all is done', () => {
    expect(thisWeek(topics, 0.5).map(({ item: { id } }) => id)).toEqual(['b']);
    expect(thisWeek(topics, 60).map(({ item: { id } }) => id)).toEqual(['b', 'c', 'e', 'f']);
    expect(thisWeek([{ id: 'a', ...item(2, 'done') }], 10)).toEqual([]);
  });
});

describe('a roadmap at a common pace', () => {
  it('takes whole weeks, a week begun counting', () => {
    expect(weeksAtPace(100, 10)).toBe(10);
    expect(weeksAtPace(101, 10)).toBe(11);
    expect(weeksAtPace(0.3, 0.1)).toBe(3);
  });

  it('is said in weeks, months or years', () => {
    const said = {
      1: '1 week',
      8: '8 weeks',
      9: 'about 2 months',
      52: 'about 12 months',
      78: 'about 1.5 years',
      104: 'about 2 years',
    };
    for (const [weeks, text] of Object.entries(said))
      expect(formatWeeks(Number(weeks)), `${weeks} weeks`).toBe(text);
  });
});

describe('the coming weeks', () => {
  const items = [
    { id: 'a', ...item(3) },
    { id: 'b', ...item(1, 'done') },
    { id: 'c', ...item(4) },
    { id: 'd', ...item(1) },
    { id: 'e', ...item(6) },
  ];
  const ids = (weeks: { id: string }[][]) => weeks.map((week) => week.map(({ id }) => id));

  it('cut the unfinished items into weeks of the pace, an item spanning weeks in each', () => {
    // a 0–3, c 3–7, d 7–8, e 8–14 at 5 h a week: [0,5) [5,10) [10,15)
    expect(ids(scheduleWeeks(items, 5, 4))).toEqual([['a', 'c'], ['c', 'd', 'e'], ['e'], []]);
  });

  it('start with this week’s items', () => {
    for (const pace of [0.5, 2, 4, 5, 8, 20]) {
      expect(scheduleWeeks(items, pace, 1)[0]).toEqual(
        thisWeek(items, pace).map(({ item: i }) => i),
      );
    }
  });

  it('do not split an item that ends exactly on a week’s end', () => {
    expect(
      ids(
        scheduleWeeks(
          [
            { id: 'x', ...item(5) },
            { id: 'y', ...item(5) },
          ],
          5,
          2,
        ),
      ),
    ).toEqual([['x'], ['y']]);
  });
});
