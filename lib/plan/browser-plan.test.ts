import { describe, expect, it } from 'vitest';

import {
  browserPlanState,
  pacesToMerge,
  parseBrowserPlans,
  readBrowserPace,
  serializeBrowserPlans,
  type BrowserPace,
} from './browser-plan';

const now = new Date('2026-12-01T09:00:00Z');
const pace: BrowserPace = {
  startsOn: '2026-12-01',
  hoursPerWeek: 5,
  studyDays: [1, 3],
  targetDate: null,
  updatedAt: now.toISOString(),
};

describe('a visitor’s pace in the browser', () => {
  it('round-trips through storage, and anything unreadable counts as none', () => {
    expect(parseBrowserPlans(serializeBrowserPlans({ backend: pace }))).toEqual({ backend: pace });
    expect(parseBrowserPlans(null)).toEqual({});
    expect(parseBrowserPlans('{oops')).toEqual({});
    expect(parseBrowserPlans(JSON.stringify({ version: 2, plans: { backend: pace } }))).toEqual({});
    const tampered = { backend: { ...pace, hoursPerWeek: 500 }, other: pace };
    expect(parseBrowserPlans(serializeBrowserPlans(tampered))).toEqual({ other: pace });
  });

  it('is read from the form by the server’s rules and words', () => {
    const fields = { hoursPerWeek: '5', studyDays: [1, 3] as const, targetDate: '' };
    expect(readBrowserPace({ ...fields, studyDays: [1, 3] }, '2026-12-01', now)).toEqual(pace);
    expect(
      readBrowserPace({ ...fields, studyDays: [1], hoursPerWeek: '0' }, '2026-12-01', now),
    ).toEqual({
      field: 'hoursPerWeek',
      message: 'Hours per week must be a number from 0.5 to 60.',
    });
    expect(readBrowserPace({ ...fields, studyDays: [] }, '2026-12-01', now)).toMatchObject({
      field: 'studyDays',
    });
    expect(
      readBrowserPace({ ...fields, studyDays: [1], targetDate: '2026-11-30' }, '2026-12-01', now),
    ).toEqual({ field: 'targetDate', message: 'Target date cannot be in the past.' });
    expect(
      readBrowserPace({ ...fields, studyDays: [1], targetDate: '2032-12-01' }, '2026-12-01', now),
    ).toMatchObject({ field: 'targetDate', message: 'Target date must be at most 5 years ahead.' });
  });

  it('becomes a plan that started the day it was set', () => {
    expect(browserPlanState('backend', pace, '2026-12-03')).toEqual({
      roadmapId: 'backend',
      today: '2026-12-03',
      versions: [{ startsOn: '2026-12-01', hoursPerWeek: 5, studyDays: [1, 3] }],
      targetDate: null,
      startedAt: now.toISOString(),
      logged: {},
    });
  });
});

describe('merging paces at sign-in', () => {
  it('keeps the browser’s pace only where it is newer than the account’s plan (a tie: the account)', () => {
    const at = (iso: string) => new Date(iso);
    const browser = [
      { roadmapId: 'a', updatedAt: at('2026-12-01T10:00:00Z') },
      { roadmapId: 'b', updatedAt: at('2026-12-01T10:00:00Z') },
      { roadmapId: 'c', updatedAt: at('2026-12-01T10:00:00Z') },
      { roadmapId: 'd', updatedAt: at('2026-12-01T10:00:00Z') },
    ];
    const account = new Map([
      ['a', at('2026-12-01T09:00:00Z')],
      ['b', at('2026-12-01T11:00:00Z')],
      ['c', at('2026-12-01T10:00:00Z')],
    ]);
    expect(pacesToMerge(browser, account).map((p) => p.roadmapId)).toEqual(['a', 'd']);
  });
});
