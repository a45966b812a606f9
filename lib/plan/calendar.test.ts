import { describe, expect, it } from 'vitest';

import {
  countStudyDays,
  dayIn,
  daysBetween,
  nthStudyDay,
  studyDaysFromMask,
  studyDaysToMask,
  weekdayOf,
  weekOf,
  weekStartOf,
  type Weekday,
} from './calendar';

describe('weeks start on Monday', () => {
  it('finds the Monday of any day, Monday and Sunday included', () => {
    expect(weekdayOf('2026-11-30')).toBe(1);
    expect(weekdayOf('2026-12-06')).toBe(7);
    expect(weekStartOf('2026-11-30')).toBe('2026-11-30');
    expect(weekStartOf('2026-12-01')).toBe('2026-11-30');
    expect(weekStartOf('2026-12-06')).toBe('2026-11-30');
    expect(weekStartOf('2026-12-07')).toBe('2026-12-07');
  });

  it('crosses month, year and leap-day boundaries', () => {
    expect(weekStartOf('2027-01-01')).toBe('2026-12-28');
    expect(weekStartOf('2026-01-01')).toBe('2025-12-29');
    expect(weekStartOf('2028-03-01')).toBe('2028-02-28');
    expect(weekStartOf('2028-02-29')).toBe('2028-02-28');
    expect(daysBetween('2026-12-28', '2027-01-04')).toBe(7);
  });
});

describe('the learner’s week of an instant', () => {
  it('uses the offset in force that day across a spring-forward change (Berlin, 29 March 2026)', () => {
    // 22:30 UTC is 23:30 on Sunday in winter time but 00:30 on Monday in summer time.
    expect(weekOf(new Date('2026-03-22T22:30:00Z'), 'Europe/Berlin')).toBe('2026-03-16');
    expect(weekOf(new Date('2026-03-29T22:30:00Z'), 'Europe/Berlin')).toBe('2026-03-30');
  });

  it('and across a fall-back change (New York, 1 November 2026)', () => {
    // 04:30 UTC is 00:30 on Sunday 1 November (still EDT) — the week of 26 October.
    expect(weekOf(new Date('2026-11-01T04:30:00Z'), 'America/New_York')).toBe('2026-10-26');
    // 04:30 UTC a week later is 23:30 on Sunday 7 November's eve (EST): still that Sunday's week.
    expect(dayIn(new Date('2026-11-09T04:30:00Z'), 'America/New_York')).toBe('2026-11-08');
    expect(weekOf(new Date('2026-11-09T04:30:00Z'), 'America/New_York')).toBe('2026-11-02');
  });

  it('puts the same instant in different weeks for different zones (a move abroad)', () => {
    const mondayInTokyo = new Date('2026-06-01T01:00:00Z');
    expect(weekOf(mondayInTokyo, 'Asia/Tokyo')).toBe('2026-06-01');
    expect(weekOf(mondayInTokyo, 'America/New_York')).toBe('2026-05-25');
  });

  it('turns the year in the learner’s zone, not in UTC', () => {
    const instant = new Date('2026-12-31T23:30:00Z');
    expect(dayIn(instant, 'UTC')).toBe('2026-12-31');
    expect(dayIn(instant, 'Europe/Paris')).toBe('2027-01-01');
    expect(weekOf(instant, 'Pacific/Kiritimati')).toBe('2026-12-28');
  });
});

describe('study days', () => {
  const mwf: Weekday[] = [1, 3, 5];

  it('round-trip through the stored bit mask', () => {
    expect(studyDaysToMask(mwf)).toBe(0b10101);
    expect(studyDaysFromMask(0b10101)).toEqual(mwf);
    expect(studyDaysFromMask(studyDaysToMask([7, 1]))).toEqual([1, 7]);
  });

  it('are counted between two days, both included', () => {
    // Tuesday 1 December to Friday 11 December 2026: Wed 2, Fri 4, Mon 7, Wed 9, Fri 11.
    expect(countStudyDays('2026-12-01', '2026-12-11', mwf)).toBe(5);
    expect(countStudyDays('2026-12-01', '2026-12-01', mwf)).toBe(0);
    expect(countStudyDays('2026-12-02', '2026-12-02', mwf)).toBe(1);
    expect(countStudyDays('2026-12-11', '2026-12-01', mwf)).toBe(0);
    expect(countStudyDays('2026-12-01', '2027-11-30', [1, 2, 3, 4, 5, 6, 7])).toBe(365);
  });

  it('find the n-th study day from a day', () => {
    expect(nthStudyDay('2026-12-01', 1, mwf)).toBe('2026-12-02');
    expect(nthStudyDay('2026-12-02', 1, mwf)).toBe('2026-12-02');
    expect(nthStudyDay('2026-12-01', 6, mwf)).toBe('2026-12-14');
    expect(nthStudyDay('2026-12-28', 4, [7])).toBe('2027-01-24');
    expect(() => nthStudyDay('2026-12-01', 1, [])).toThrow(RangeError);
  });
});
