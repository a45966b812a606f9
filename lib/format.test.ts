import { describe, expect, it } from 'vitest';

import {
  count,
  formatCalendarDate,
  formatDayOf,
  formatHours,
  formatMoment,
  momentFormat,
  stepLabel,
} from './format';

describe('format', () => {
  it('counts with the right plural', () => {
    expect(count(1, 'topic')).toBe('1 topic');
    expect(count(0, 'topic')).toBe('0 topics');
    expect(count(2, 'library', 'libraries')).toBe('2 libraries');
  });

  it('writes durations in hours and minutes, never as decimal hours', () => {
    expect(formatHours(0.5)).toBe('30 min');
    expect(formatHours(1)).toBe('1 h');
    expect(formatHours(75 / 60)).toBe('1 h 15 min');
    expect(formatHours(2.25)).toBe('2 h 15 min');
    expect(formatHours(19.5)).toBe('19 h 30 min');
    expect(formatHours(1 / 60 / 3)).toBe('0 min');
    expect(formatHours(59.9 / 60)).toBe('1 h');
    expect(formatHours(20)).toBe('about 20 h');
    expect(formatHours(123.4)).toBe('about 123 h');
  });

  it('labels numbered and orientation steps', () => {
    expect(stepLabel({ number: '9.1' })).toBe('Step 9.1');
    expect(stepLabel({})).toBe('Orientation');
  });
});

describe('dates: one format per kind', () => {
  it('writes a calendar day as "7 Dec 2026", whatever the time zone', () => {
    expect(formatCalendarDate('2026-12-07')).toBe('7 Dec 2026');
    expect(formatCalendarDate('2026-01-31')).toBe('31 Jan 2026');
  });

  it('writes the day of a moment in the learner’s zone', () => {
    // 23:30 UTC on 7 December is already 8 December in Tokyo, still 7 December in New York.
    const late = new Date('2026-12-07T23:30:00Z');
    expect(formatDayOf(late, 'Asia/Tokyo')).toBe('8 Dec 2026');
    expect(formatDayOf(late, 'America/New_York')).toBe('7 Dec 2026');
    expect(formatDayOf('2026-12-07T23:30:00Z', 'UTC')).toBe('7 Dec 2026');
  });

  it('writes a moment as "7 Dec 2026, 15:34" on a 24-hour clock, in the learner’s zone', () => {
    const moment = new Date('2026-12-07T14:34:00Z');
    expect(formatMoment(moment, 'Europe/Paris')).toBe('7 Dec 2026, 15:34');
    expect(formatMoment(moment, 'America/Los_Angeles')).toBe('7 Dec 2026, 06:34');
    expect(formatMoment('2026-12-07T23:30:00Z', 'Asia/Tokyo')).toBe('8 Dec 2026, 08:30');
    expect(momentFormat('UTC').format(moment)).toBe('7 Dec 2026, 14:34');
  });
});
