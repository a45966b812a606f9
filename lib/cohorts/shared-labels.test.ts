import { describe, expect, it } from 'vitest';

import { checksLabel, studyTimeLabel } from './shared-labels';

describe('what a member shares, in words', () => {
  it('says how many attempts passed and how many reviews are overdue', () => {
    expect(checksLabel({ attempts: 4, passed: 3, reviewsOverdue: 0 })).toBe(
      '3 of 4 attempts passed',
    );
    expect(checksLabel({ attempts: 1, passed: 0, reviewsOverdue: 1 })).toBe(
      '0 of 1 attempt passed, 1 review overdue',
    );
    expect(checksLabel({ attempts: 0, passed: 0, reviewsOverdue: 0 })).toBe('No attempts yet');
    expect(checksLabel(null)).toBe('Not shared');
  });

  it('says the study time in all and in the last 7 days', () => {
    expect(studyTimeLabel({ minutes: 150, minutesThisWeek: 45 })).toBe(
      '2 h 30 min in all, 45 min in the last 7 days',
    );
    expect(studyTimeLabel({ minutes: 0, minutesThisWeek: 0 })).toBe('None logged');
    expect(studyTimeLabel(null)).toBe('Not shared');
  });
});
