import { describe, expect, it } from 'vitest';

import type { PlanRoadmap } from './items';
import type { PlanState } from './state';
import { planSummaryFor } from './view';

const roadmap: PlanRoadmap = {
  id: 'backend',
  steps: [
    {
      id: 'basics',
      topics: [
        { id: 'http', title: 'HTTP', hours: 4 },
        { id: 'dns', title: 'DNS', hours: 2 },
      ],
      project: { id: 'server', title: 'A file server', hours: 6 },
    },
    {
      id: 'next',
      topics: [{ id: 'tls', title: 'TLS', hours: 6 }],
      project: { id: 'proxy', title: 'A proxy', hours: 12 },
    },
  ],
};
const state: PlanState = {
  roadmapId: 'backend',
  today: '2026-12-07',
  versions: [{ startsOn: '2026-12-07', hoursPerWeek: 60, studyDays: [1, 2, 3, 4, 5] }],
  targetDate: null,
  startedAt: '2026-12-07T08:00:00.000Z',
  logged: {},
};
const at = '2026-12-07T09:00:00.000Z';

describe('this week, from the learner’s topics and projects', () => {
  it('holds no topic done or skipped and no project done', () => {
    const summary = planSummaryFor(
      roadmap,
      {
        topics: {
          http: { status: 'done', updatedAt: at },
          dns: { status: 'skipped', updatedAt: at },
        },
        projects: { server: { status: 'done', updatedAt: at } },
      },
      state,
    )!;
    expect(summary.thisWeek.map((entry) => entry.id)).toEqual(['tls', 'proxy']);
    expect(summary.remaining).toBe(18);
  });

  it('keeps a project in progress, at its remaining share', () => {
    const summary = planSummaryFor(
      roadmap,
      { topics: {}, projects: { server: { status: 'in_progress', updatedAt: at } } },
      state,
    )!;
    expect(summary.thisWeek.map((entry) => entry.id)).toEqual([
      'http',
      'dns',
      'server',
      'tls',
      'proxy',
    ]);
  });
});
