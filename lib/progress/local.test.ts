import { describe, expect, it } from 'vitest';

import {
  flattenProgress,
  parseLocalProgress,
  serializeLocalProgress,
  statusesOf,
  withEntry,
} from './local';

const entry = { status: 'done' as const, updatedAt: '2026-11-01T10:00:00.000Z' };

describe('browser progress', () => {
  it('round-trips through storage', () => {
    const tree = withEntry(withEntry({}, 'backend', 'sql', entry), 'backend', 'dns', {
      ...entry,
      status: 'skipped',
    });
    expect(parseLocalProgress(serializeLocalProgress(tree))).toEqual(tree);
    expect(statusesOf(tree, 'backend')).toEqual({ sql: 'done', dns: 'skipped' });
    expect(flattenProgress(tree)).toEqual([
      { roadmapId: 'backend', topicId: 'sql', ...entry },
      { roadmapId: 'backend', topicId: 'dns', status: 'skipped', updatedAt: entry.updatedAt },
    ]);
  });

  it('treats missing, corrupt or foreign data as no progress', () => {
    expect(parseLocalProgress(null)).toEqual({});
    expect(parseLocalProgress('{not json')).toEqual({});
    expect(parseLocalProgress(JSON.stringify({ version: 2, progress: {} }))).toEqual({});
    expect(
      parseLocalProgress(
        JSON.stringify({
          version: 1,
          progress: { backend: { sql: { status: 'mastered', updatedAt: entry.updatedAt } } },
        }),
      ),
    ).toEqual({});
  });
});

describe('browser progress validation', () => {
  it('rejects entries with a bad date or a non-object shape', () => {
    const stored = (progress: unknown) => JSON.stringify({ version: 1, progress });
    expect(
      parseLocalProgress(stored({ backend: { sql: { status: 'done', updatedAt: 'yesterday' } } })),
    ).toEqual({});
    expect(parseLocalProgress(stored({ backend: [] }))).toEqual({});
    expect(parseLocalProgress(stored([]))).toEqual({});
    expect(parseLocalProgress('null')).toEqual({});
  });
});
