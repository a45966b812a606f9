import { describe, expect, it } from 'vitest';

import type { Roadmap } from '@/lib/content';

import { roadmapsNotStarted, topicsToContinue } from './continue';
import type { TopicStatus } from './status';

const roadmap = (id: string, topics: string[]) =>
  ({
    id,
    title: `${id} roadmap`,
    steps: [{ id: 's', topics: topics.map((t) => ({ id: t, title: t.toUpperCase() })) }],
  }) as unknown as Roadmap;
const row = (roadmapId: string, topicId: string, status: TopicStatus, iso: string) => ({
  roadmapId,
  topicId,
  status,
  updatedAt: new Date(iso),
});
const roadmaps = [roadmap('backend', ['a', 'b', 'c']), roadmap('js', ['x', 'y'])];

describe('topicsToContinue', () => {
  it('lists topics in progress across roadmaps, most recent first, with their titles', () => {
    const result = topicsToContinue(roadmaps, [
      row('backend', 'a', 'in_progress', '2026-11-01T10:00:00Z'),
      row('backend', 'b', 'done', '2026-11-04T10:00:00Z'),
      row('js', 'y', 'in_progress', '2026-11-03T10:00:00Z'),
      row('backend', 'c', 'skipped', '2026-11-05T10:00:00Z'),
    ]);
    expect(result).toEqual([
      {
        roadmapId: 'js',
        roadmapTitle: 'js roadmap',
        topicId: 'y',
        topicTitle: 'Y',
        updatedAt: new Date('2026-11-03T10:00:00Z'),
      },
      {
        roadmapId: 'backend',
        roadmapTitle: 'backend roadmap',
        topicId: 'a',
        topicTitle: 'A',
        updatedAt: new Date('2026-11-01T10:00:00Z'),
      },
    ]);
  });

  it('leaves out topics and roadmaps the content no longer has', () => {
    expect(
      topicsToContinue(roadmaps, [
        row('backend', 'gone', 'in_progress', '2026-11-01T10:00:00Z'),
        row('old', 'a', 'in_progress', '2026-11-01T10:00:00Z'),
      ]),
    ).toEqual([]);
  });
});

describe('roadmapsNotStarted', () => {
  it('keeps the roadmaps without a started card, in order', () => {
    expect(roadmapsNotStarted(roadmaps, [{ roadmap: { id: 'backend' } }]).map((r) => r.id)).toEqual(
      ['js'],
    );
    expect(roadmapsNotStarted(roadmaps, []).map((r) => r.id)).toEqual(['backend', 'js']);
  });
});
