import { describe, expect, it } from 'vitest';

import { getRoadmaps } from '@/lib/content';

import {
  doneHoursOf,
  layOutSchedule,
  scheduleJudge,
  scheduleOf,
  scheduleWeeksIn,
  standingLabel,
  standingOn,
  stepsThisWeek,
  thisWeekSentence,
  weekIndex,
  type CohortSchedule,
} from './schedule';

// Three steps of 10, 5 and 15 hours (topics and project); the middle one optional.
const roadmap = {
  steps: [
    {
      id: 'a',
      title: 'A',
      topics: [
        { id: 'a1', hours: 4 },
        { id: 'a2', hours: 2 },
      ],
      project: { id: 'pa', hours: 4 },
    },
    { id: 'b', title: 'B', optional: true, topics: [{ id: 'b1', hours: 5 }] },
    { id: 'c', title: 'C', topics: [{ id: 'c1', hours: 9 }], project: { id: 'pc', hours: 6 } },
  ],
};
const monday = '2027-01-04';
const at = (fields: Partial<CohortSchedule>): CohortSchedule => ({
  startsOn: monday,
  minutesPerWeek: 600,
  endsOn: null,
  countsOptional: true,
  ...fields,
});

describe('a cohort schedule', () => {
  it('lays the steps end to end at the weekly hours, a step spanning the weeks it touches', () => {
    const layout = layOutSchedule(roadmap, at({}))!;
    expect(layout.hoursPerWeek).toBe(10);
    expect(layout.totalHours).toBe(30);
    expect(
      layout.steps.map(({ number, firstWeek, dueWeek, dueOn }) => [
        number,
        firstWeek,
        dueWeek,
        dueOn,
      ]),
    ).toEqual([
      [1, 0, 0, '2027-01-10'],
      [2, 1, 1, '2027-01-17'],
      [3, 1, 2, '2027-01-24'],
    ]);
  });

  it('leaves optional steps out when they do not count, keeping the others’ numbers', () => {
    const layout = layOutSchedule(roadmap, at({ countsOptional: false }))!;
    expect(layout.totalHours).toBe(25);
    expect(layout.steps.map((step) => [step.number, step.dueWeek])).toEqual([
      [1, 0],
      [3, 2],
    ]);
  });

  it('takes the pace from a last day: every step done by then, never due after it', () => {
    // 2027-01-04 to 2027-01-27 is 24 days: four weeks begun, 7.5 hours a week.
    const layout = layOutSchedule(roadmap, at({ minutesPerWeek: null, endsOn: '2027-01-27' }))!;
    expect(layout.hoursPerWeek).toBe(7.5);
    expect(layout.steps.at(-1)).toMatchObject({ dueWeek: 3, dueOn: '2027-01-27' });
  });

  it('counts weeks from the first day, and says which steps this week holds', () => {
    const schedule = at({});
    const layout = layOutSchedule(roadmap, schedule)!;
    expect(
      ['2027-01-03', monday, '2027-01-10', '2027-01-11', '2027-01-25'].map((day) =>
        weekIndex(schedule, day),
      ),
    ).toEqual([-1, 0, 0, 1, 3]);
    expect(stepsThisWeek(layout, 1).map((step) => step.stepId)).toEqual(['b', 'c']);
    expect(stepsThisWeek(layout, 3)).toEqual([]);
    expect(stepsThisWeek(layout, -1)).toEqual([]);
  });

  it('judges a learner by the hours the weeks before this one hold', () => {
    const schedule = at({});
    const layout = layOutSchedule(roadmap, schedule)!;
    const on = (done: number, day: string) => standingOn(layout, schedule, done, day);
    expect(on(0, '2027-01-01')).toEqual({ kind: 'upcoming', startsOn: monday });
    expect(on(0, '2027-01-08')).toEqual({ kind: 'on-schedule' }); // week 1: nothing due yet
    expect(on(10, '2027-01-12')).toEqual({ kind: 'on-schedule' });
    expect(on(9, '2027-01-12')).toEqual({ kind: 'behind', weeks: 1 });
    expect(on(0, '2027-01-19')).toEqual({ kind: 'behind', weeks: 2 });
    expect(on(0, '2027-06-01')).toEqual({ kind: 'behind', weeks: 3 }); // at most the whole roadmap
    expect(on(30, '2027-01-05')).toEqual({ kind: 'finished' });
  });

  it('is none without a first day and a pace or a last day, and then judges nobody', () => {
    const none = { startsOn: null, minutesPerWeek: null, endsOn: null, countsOptional: true };
    expect(scheduleOf(none)).toBeNull();
    expect(scheduleOf({ ...none, startsOn: monday })).toBeNull();
    expect(scheduleJudge(roadmap, none, monday)).toBeNull();
    expect(scheduleJudge(roadmap, at({}), '2027-01-12')!(0)).toEqual({ kind: 'behind', weeks: 1 });
  });

  it('lays out a real roadmap with every step due in order', () => {
    const real = getRoadmaps()[0]!;
    const layout = layOutSchedule(real, at({ minutesPerWeek: 300 }))!;
    expect(layout.steps).toHaveLength(real.steps.length);
    const dues = layout.steps.map((step) => step.dueWeek);
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
  });

  it('puts a standing in words', () => {
    const day = (d: string) => `day ${d}`;
    expect(standingLabel({ kind: 'behind', weeks: 1 }, day)).toBe('1 week behind');
    expect(standingLabel({ kind: 'behind', weeks: 3 }, day)).toBe('3 weeks behind');
    expect(standingLabel({ kind: 'upcoming', startsOn: monday }, day)).toBe(`Starts day ${monday}`);
    expect(standingLabel({ kind: 'on-schedule' }, day)).toBe('On schedule');
    expect(standingLabel({ kind: 'finished' }, day)).toBe('Finished');
  });

  it('says in a sentence where the cohort is in a week', () => {
    const schedule = at({});
    const layout = layOutSchedule(roadmap, schedule)!;
    const day = (d: string) => `day ${d}`;
    expect(thisWeekSentence(layout, schedule, -1, day)).toBe(`It starts on day ${monday}.`);
    expect(thisWeekSentence(layout, schedule, 0, day)).toBe('This week (week 1): Step 1: A.');
    expect(thisWeekSentence(layout, schedule, 1, day)).toBe(
      'This week (week 2): Step 2: B, then Step 3: C.',
    );
    expect(thisWeekSentence(layout, schedule, 3, day)).toBe(
      'Every step’s week has passed: the schedule is over.',
    );
  });

  it('adds up the hours of done topics and projects of the counted steps', () => {
    const done = { topics: new Set(['a1', 'b1', 'gone']), projects: new Set(['pa', 'pc']) };
    expect(doneHoursOf(roadmap, true, done)).toBe(4 + 5 + 4 + 6);
    expect(doneHoursOf(roadmap, false, done)).toBe(4 + 4 + 6);
    expect(doneHoursOf(roadmap, true, { topics: new Set(), projects: new Set() })).toBe(0);
  });

  it('lists the weeks between two days that hold a step, each with its first day', () => {
    const schedule = at({});
    const layout = layOutSchedule(roadmap, schedule)!;
    const weeks = (from: string, to: string) =>
      scheduleWeeksIn(layout, schedule, from, to).map(({ week, startsOn, steps }) => [
        week,
        startsOn,
        steps.map((step) => step.number),
      ]);
    expect(weeks('2026-12-01', '2027-03-01')).toEqual([
      [0, '2027-01-04', [1]],
      [1, '2027-01-11', [2, 3]],
      [2, '2027-01-18', [3]],
    ]);
    // From the middle of the second week: it still overlaps; after the last, nothing.
    expect(weeks('2027-01-13', '2027-01-13')).toEqual([[1, '2027-01-11', [2, 3]]]);
    expect(weeks('2027-01-25', '2027-06-01')).toEqual([]);
  });
});
