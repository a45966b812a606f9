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
      new Date('2026-11-11T03:00:00Z'),
      'America/Los_Angeles',
    );
    expect(result.streaks).toEqual({ current: 1, longest: 1 });
    expect(result.heatmap.flat().at(-1)).toMatchObject({ day: '2026-11-10', changes: 3 });
    expect(result.changesInHeatmap).toBe(6);
  });
});
