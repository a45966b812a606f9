import { describe, expect, it } from 'vitest';

import { forgetMerged, newestOf } from '@/lib/progress/browser-sync';
import { withEntry } from '@/lib/progress/local';
import { selectNewest } from '@/lib/progress/merge';

import {
  flattenProjects,
  parseLocalProjects,
  projectMergeMessage,
  serializeLocalProjects,
  type ProjectEntry,
  type ProjectTree,
} from './local';

const at = (day: number) => new Date(Date.UTC(2026, 10, day)).toISOString();
const entry = (status: ProjectEntry['status'], day: number, url: string | null = null) => ({
  status,
  url,
  updatedAt: at(day),
});

describe('projects kept in the browser', () => {
  it('round-trip through storage, apart from topic progress', () => {
    let tree: ProjectTree = withEntry<ProjectEntry>(
      {},
      'backend',
      'file-server',
      entry('done', 2, 'https://github.com/mona/fs'),
    );
    tree = withEntry(tree, 'backend', 'api', entry('in_progress', 3));
    expect(parseLocalProjects(serializeLocalProjects(tree))).toEqual(tree);
    expect(flattenProjects(tree)).toEqual([
      {
        roadmapId: 'backend',
        projectId: 'file-server',
        ...entry('done', 2, 'https://github.com/mona/fs'),
      },
      { roadmapId: 'backend', projectId: 'api', ...entry('in_progress', 3) },
    ]);
  });

  it('count anything unreadable or tampered with as nothing', () => {
    const stored = (projects: unknown) => JSON.stringify({ version: 1, projects });
    expect(parseLocalProjects(null)).toEqual({});
    expect(parseLocalProjects('{not json')).toEqual({});
    expect(parseLocalProjects(JSON.stringify({ version: 2, projects: {} }))).toEqual({});
    expect(
      parseLocalProjects(stored({ backend: { a: { ...entry('skipped' as 'done', 1) } } })),
    ).toEqual({});
    expect(
      parseLocalProjects(stored({ backend: { a: entry('done', 1, 'javascript:alert(1)') } })),
    ).toEqual({});
    expect(
      parseLocalProjects(
        stored({ backend: { a: { status: 'done', url: null, updatedAt: 'soon' } } }),
      ),
    ).toEqual({});
  });

  it('merge at sign-in by the topics’ rule: the newest entry wins, a tie keeps the account’s', () => {
    const existing = new Map([
      ['backend/a', { updatedAt: new Date(at(5)) }],
      ['backend/b', { updatedAt: new Date(at(5)) }],
    ]);
    const incoming = [
      { roadmapId: 'backend', projectId: 'a', updatedAt: new Date(at(6)) },
      { roadmapId: 'backend', projectId: 'b', updatedAt: new Date(at(5)) },
      { roadmapId: 'backend', projectId: 'c', updatedAt: new Date(at(1)) },
    ];
    const winners = selectNewest(incoming, existing, (e) => `${e.roadmapId}/${e.projectId}`);
    expect(winners.map((w) => w.projectId)).toEqual(['a', 'c']);
  });

  it('keep the newer of the account’s and the page’s entry, and forget exactly what was merged', () => {
    const account: ProjectTree = { backend: { a: entry('done', 5), b: entry('in_progress', 1) } };
    const fetched: ProjectTree = { backend: { a: entry('in_progress', 4), b: entry('done', 2) } };
    expect(newestOf(account, fetched)).toEqual({
      backend: { a: entry('done', 5), b: entry('done', 2) },
    });

    const browser: ProjectTree = { backend: { a: entry('done', 3), b: entry('done', 4) } };
    const sent = flattenProjects({ backend: { a: entry('done', 3), b: entry('done', 2) } });
    // b changed in another tab after it was sent: it stays for the next merge.
    expect(forgetMerged(browser, sent, 'projectId')).toEqual({ backend: { b: entry('done', 4) } });
  });
});

describe('the project merge message', () => {
  it('says what joined the account and what was left out, or nothing', () => {
    expect(projectMergeMessage(0, 0)).toBeUndefined();
    expect(projectMergeMessage(1, 0)).toBe(
      '1 project from this browser was added to your account.',
    );
    expect(projectMergeMessage(2, 1)).toBe(
      '2 projects from this browser were added to your account. 1 project no longer in the roadmaps was left out.',
    );
  });
});
