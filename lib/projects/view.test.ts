import { describe, expect, it } from 'vitest';

import type { Roadmap } from '@/lib/content';

import { learnerProjects } from './view';

const step = (id: string, projectId: string) => ({
  id,
  title: `Step ${id}`,
  project: { id: projectId, title: `Build ${projectId}`, hours: 4 },
  topics: [],
});
const roadmaps = [
  { id: 'backend', title: 'Backend', steps: [step('one', 'p1'), step('two', 'p2')] },
  { id: 'js', title: 'JS', steps: [step('one', 'p3')] },
] as unknown as Roadmap[];

const row = (
  roadmapId: string,
  projectId: string,
  status: 'not_started' | 'in_progress' | 'done',
  url: string | null = null,
) => ({
  roadmapId,
  projectId,
  status,
  url,
});

describe('learnerProjects', () => {
  it('lists started projects in roadmap and step order, leaving out retired and not started ones', () => {
    const rows = [
      row('js', 'p3', 'done', 'https://github.com/mona/p3'),
      row('backend', 'p2', 'in_progress'),
      row('backend', 'p1', 'not_started'),
      row('backend', 'gone', 'done'),
    ];
    expect(
      learnerProjects(roadmaps, rows).map((p) => `${p.roadmap.id}/${p.project.id}:${p.status}`),
    ).toEqual(['backend/p2:in_progress', 'js/p3:done']);
    const done = learnerProjects(roadmaps, rows, 'done');
    expect(done).toEqual([
      {
        roadmap: { id: 'js', title: 'JS' },
        step: { id: 'one', title: 'Step one', number: undefined },
        project: { id: 'p3', title: 'Build p3', hours: 4 },
        status: 'done',
        url: 'https://github.com/mona/p3',
      },
    ]);
  });
});
