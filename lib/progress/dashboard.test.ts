import { describe, expect, it } from 'vitest';

import type { Roadmap } from '@/lib/content';

import { buildDashboard } from './dashboard';

const roadmap = (id: string, topics: string[]) =>
  ({
    id,
    title: id,
    steps: [
      { id: 's', title: 'S', topics: topics.map((t) => ({ id: t, title: t.toUpperCase() })) },
    ],
  }) as unknown as Roadmap;
const row = (roadmapId: string, topicId: string, status: 'done' | 'in_progress', iso: string) => ({
  roadmapId,
  topicId,
  status,
  updatedAt: new Date(iso),
});

const noOtherStudy = { loggedDays: [], passedAt: [] };

describe('buildDashboard', () => {
  const roadmaps = [roadmap('backend', ['a', 'b', 'c', 'd']), roadmap('js', ['x'])];

  it('lists started roadmaps with percentage, next up and last activity, and keeps retired topics apart', () => {
    const result = buildDashboard(
      roadmaps,
      [
        row('backend', 'a', 'done', '2026-11-01T10:00:00Z'),
        row('backend', 'c', 'in_progress', '2026-11-03T10:00:00Z'),
        row('backend', 'gone', 'done', '2026-11-05T10:00:00Z'),
        row('old-roadmap', 'z', 'done', '2026-10-01T10:00:00Z'),
      ],
      [],
      noOtherStudy,
      new Date('2026-11-10T12:00:00Z'),
      'UTC',
    );
    expect(result.started).toHaveLength(1);
    expect(result.started[0]).toMatchObject({
      roadmap: { id: 'backend' },
      tally: { total: 4, complete: 1, percent: 25, inProgress: 1 },
      next: { id: 'b', title: 'B' },
      lastActivity: new Date('2026-11-03T10:00:00Z'),
    });
    expect(result.retired.map((r) => `${r.roadmapId}/${r.topicId}`)).toEqual([
      'backend/gone',
      'old-roadmap/z',
    ]);
  });

  it('counts streaks from days with a topic moved to done, in the learner’s zone', () => {
    const activity = [
      { day: '2026-11-08', changes: 2, done: 1 },
      { day: '2026-11-09', changes: 1, done: 0 },
      { day: '2026-11-10', changes: 3, done: 2 },
    ];
    // 2026-11-11T03:00Z is still the 10th in Los Angeles.
    const result = buildDashboard(
      roadmaps,
      [],
      activity,
      noOtherStudy,
      new Date('2026-11-11T03:00:00Z'),
      'America/Los_Angeles',
    );
    expect(result.streaks).toEqual({ current: 1, longest: 1 });
    expect(result.heatmap.flat().at(-1)).toMatchObject({ day: '2026-11-10', changes: 3 });
    expect(result.changesInHeatmap).toBe(6);
  });

  it('counts a day with time logged as study, though no topic was done for a week', () => {
    const week = [
      '2026-11-04',
      '2026-11-05',
      '2026-11-06',
      '2026-11-07',
      '2026-11-08',
      '2026-11-09',
      '2026-11-10',
    ];
    const result = buildDashboard(
      roadmaps,
      [],
      [],
      { loggedDays: week, passedAt: [] },
      new Date('2026-11-10T20:00:00Z'),
      'UTC',
    );
    expect(result.streaks).toEqual({ current: 7, longest: 7 });
    expect(result.studiedToday).toBe(true);
  });

  it('joins done topics, logged time and passed checks into one run, each day in the learner’s zone', () => {
    const activity = [
      { day: '2026-11-07', changes: 1, done: 1 },
      { day: '2026-11-08', changes: 4, done: 0 }, // status changes but nothing done: not study
    ];
    const study = {
      loggedDays: ['2026-11-08'],
      // The 9th in Auckland (UTC+13), still the 8th in UTC; then the 10th in Auckland.
      passedAt: [new Date('2026-11-08T12:00:00Z'), new Date('2026-11-09T20:00:00Z')],
    };
    const at = (timeZone: string, iso: string) =>
      buildDashboard(roadmaps, [], activity, study, new Date(iso), timeZone);
    expect(at('Pacific/Auckland', '2026-11-10T02:00:00Z')).toMatchObject({
      streaks: { current: 4, longest: 4 },
      studiedToday: true, // 15:00 on the 10th in Auckland
    });
    const utc = at('UTC', '2026-11-10T02:00:00Z');
    // 7th, 8th (logged, and a pass), 9th (a pass); today, the 10th, is still open.
    expect(utc).toMatchObject({ streaks: { current: 3, longest: 3 }, studiedToday: false });
    const losAngeles = at('America/Los_Angeles', '2026-11-10T02:00:00Z');
    // The passes fall on the 8th and the 9th there; the 9th is today (18:00).
    expect(losAngeles).toMatchObject({ streaks: { current: 3, longest: 3 }, studiedToday: true });
  });
});
