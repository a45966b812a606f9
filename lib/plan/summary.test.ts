import { describe, expect, it } from 'vitest';

import { getRoadmaps } from '@/lib/content';

import { addDays, dayIn, type Weekday } from './calendar';
import { planItems } from './items';
import { summarisePlan } from './summary';

const roadmap = getRoadmaps()[0]!;
const monToSat: Weekday[] = [1, 2, 3, 4, 5, 6];
const target = '2027-06-30';
// Early on 7 December 2026 in UTC: already the 7th in Auckland, still the 6th in Los Angeles.
const now = new Date('2026-12-07T05:00:00Z');
const zones = ['Pacific/Auckland', 'UTC', 'America/Los_Angeles'];

const freshItems = planItems(roadmap, {
  topics: new Map(),
  projects: new Map(),
  logged: new Map(),
  planStartedAt: now,
});

describe.each(zones)('the target date, in %s', (timeZone) => {
  const today = dayIn(now, timeZone);

  it('is out of reach at 8 h a week on six days, however the pace so far is going', () => {
    const versions = [{ startsOn: today, hoursPerWeek: 8, studyDays: monToSat }];
    const summary = summarisePlan(freshItems, versions, target, today);
    // A plan made today is on its pace: nothing was called for yet. The target is another matter.
    expect(summary.track.verdict).toBe('on-track');
    expect(summary.finish! > target).toBe(true);
    expect(summary.target).toMatchObject({ date: target, reachable: false });
    // Every hour of the roadmap over the ~176 study days left before the target, six a week.
    expect(summary.target!.neededPerWeek).toBeGreaterThan(22);
    expect(summary.target!.neededPerWeek).toBeLessThan(26);
  });

  it('stays out of reach while the learner is ahead of their pace', () => {
    const started = addDays(today, -21);
    const versions = [{ startsOn: started, hoursPerWeek: 8, studyDays: monToSat }];
    const topics = roadmap.steps.flatMap((step) => step.topics);
    const doneSincePlan = new Map(
      topics
        .slice(0, 8)
        .map((topic) => [topic.id, { status: 'done' as const, updatedAt: now }] as const),
    );
    const items = planItems(roadmap, {
      topics: doneSincePlan,
      projects: new Map(),
      logged: new Map(),
      planStartedAt: new Date(`${started}T12:00:00Z`),
    });
    const summary = summarisePlan(items, versions, target, today);
    expect(summary.track.verdict).toBe('ahead');
    expect(summary.target?.reachable).toBe(false);
    expect(summary.target!.neededPerWeek).toBeGreaterThan(8);
  });

  it('is reachable at the pace it needs, and only then', () => {
    const at = (hoursPerWeek: number) =>
      summarisePlan(
        freshItems,
        [{ startsOn: today, hoursPerWeek, studyDays: monToSat }],
        target,
        today,
      );
    const needed = at(8).target!.neededPerWeek!;
    expect(at(needed).target).toMatchObject({ reachable: true });
    expect(at(needed).finish! <= target).toBe(true);
    expect(at(Math.floor(needed) - 1).target).toMatchObject({ reachable: false });
  });
});

describe('a target with nothing left to do', () => {
  it('is reached, needing no hours', () => {
    const done = planItems(roadmap, {
      topics: new Map(),
      projects: new Map(),
      logged: new Map(),
      planStartedAt: now,
    }).map((item) => ({ ...item, status: 'done' as const }));
    const summary = summarisePlan(
      done,
      [{ startsOn: '2026-12-07', hoursPerWeek: 8, studyDays: monToSat }],
      target,
      '2026-12-07',
    );
    expect(summary.target).toEqual({ date: target, reachable: true, neededPerWeek: 0 });
  });
});
