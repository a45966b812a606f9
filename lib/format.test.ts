import { describe, expect, it } from 'vitest';

import { count, formatCalendarDate, formatHours, stepLabel } from './format';

describe('format', () => {
  it('counts with the right plural', () => {
    expect(count(1, 'topic')).toBe('1 topic');
    expect(count(0, 'topic')).toBe('0 topics');
    expect(count(2, 'library', 'libraries')).toBe('2 libraries');
  });

  it('formats study time at a readable precision', () => {
    expect(formatHours(0.5)).toBe('30 min');
    expect(formatHours(1)).toBe('1 h');
    expect(formatHours(2.25)).toBe('2.3 h');
    expect(formatHours(19.5)).toBe('19.5 h');
    expect(formatHours(123.4)).toBe('about 123 h');
  });

  it('labels numbered and orientation steps', () => {
    expect(stepLabel({ number: '9.1' })).toBe('Step 9.1');
    expect(stepLabel({})).toBe('Orientation');
  });
});

describe('formatCalendarDate', () => {
  it('writes a review date with the month spelled out, whatever the time zone', () => {
    expect(formatCalendarDate('2026-12-01')).toBe('1 December 2026');
    expect(formatCalendarDate('2026-01-31')).toBe('31 January 2026');
  });
});
