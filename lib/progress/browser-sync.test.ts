import { describe, expect, it } from 'vitest';

import {
  forgetMerged,
  keepsProgressInBrowser,
  mergeMessage,
  meUrl,
  needsMerge,
  newestOf,
  personalScope,
  reconcileAccount,
  shownStatuses,
  withoutRoadmap,
  withReset,
} from './browser-sync';
import { flattenProgress, type ProgressTree } from './local';
import type { MeUser } from './personal-view';

const ada: MeUser = {
  id: 'u1',
  name: 'Ada',
  login: 'ada',
  image: null,
  profilePublic: false,
  notesPublic: false,
};
const grace: MeUser = { ...ada, id: 'u2', login: 'grace' };
const at = (minute: number) => `2026-12-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
const tree = (entries: [string, string, 'done' | 'in_progress' | 'skipped', number][]) =>
  entries.reduce<ProgressTree>(
    (result, [roadmap, topic, status, minute]) => ({
      ...result,
      [roadmap]: { ...result[roadmap], [topic]: { status, updatedAt: at(minute) } },
    }),
    {},
  );

describe('what a page fetches', () => {
  it('asks for every roadmap on the home page, one roadmap and its topic note on a topic page', () => {
    expect(personalScope('/')).toEqual({ progress: 'all' });
    expect(personalScope('/roadmaps/backend')).toEqual({ progress: 'backend', note: undefined });
    expect(personalScope('/roadmaps/backend/sql')).toEqual({ progress: 'backend', note: 'sql' });
    expect(personalScope('/roadmaps/backend/sql/note')).toEqual({
      progress: 'backend',
      note: 'sql',
    });
    // A project page needs the roadmap's progress (its projects ride along), no note.
    expect(personalScope('/roadmaps/backend/projects/build-a-server')).toEqual({
      progress: 'backend',
      note: undefined,
    });
    // So does a roadmap's introduction: "about" is not a topic.
    expect(personalScope('/roadmaps/backend/about')).toEqual({
      progress: 'backend',
      note: undefined,
    });
    expect(personalScope('/dashboard')).toEqual({ progress: undefined, note: undefined });
  });

  it('builds the /api/me URL for the scope', () => {
    expect(meUrl({})).toBe('/api/me');
    expect(meUrl({ progress: 'all' })).toBe('/api/me?progress=all');
    expect(meUrl({ progress: 'backend', note: 'sql' })).toBe('/api/me?progress=backend&note=sql');
  });
});

describe('reconciling the account with what /api/me returned', () => {
  it('keeps a change saved while the request was in flight', () => {
    const shown = tree([['backend', 'sql', 'done', 5]]);
    const fetched = tree([
      ['backend', 'sql', 'in_progress', 3],
      ['backend', 'dns', 'done', 1],
    ]);
    expect(
      reconcileAccount({ userId: 'u1', account: shown }, { user: ada, progress: fetched }),
    ).toEqual(
      tree([
        ['backend', 'sql', 'done', 5],
        ['backend', 'dns', 'done', 1],
      ]),
    );
  });

  it('takes the newer entry from the server', () => {
    expect(
      newestOf(tree([['backend', 'sql', 'done', 1]]), tree([['backend', 'sql', 'skipped', 2]])),
    ).toEqual(tree([['backend', 'sql', 'skipped', 2]]));
  });

  it('starts another learner from their own progress, and a visitor from none', () => {
    const shown = { userId: 'u1', account: tree([['backend', 'sql', 'done', 5]]) };
    const graces = tree([['backend', 'dns', 'done', 1]]);
    expect(reconcileAccount(shown, { user: grace, progress: graces })).toEqual(graces);
    expect(reconcileAccount(shown, { user: null, progress: {} })).toEqual({});
  });
});

describe('merging browser progress into the account', () => {
  it('merges only for a signed-in learner with browser progress', () => {
    const browser = tree([['backend', 'sql', 'done', 1]]);
    expect(needsMerge(ada, browser)).toBe(true);
    expect(needsMerge(null, browser)).toBe(false);
    expect(needsMerge(ada, {})).toBe(false);
  });

  it('forgets exactly what was sent; a change made meanwhile waits for the next merge', () => {
    const before = tree([
      ['backend', 'sql', 'done', 1],
      ['backend', 'dns', 'done', 2],
    ]);
    const sent = flattenProgress(before);
    const meanwhile = tree([
      ['backend', 'sql', 'done', 1],
      ['backend', 'dns', 'skipped', 4],
    ]);
    expect(forgetMerged(meanwhile, sent)).toEqual(tree([['backend', 'dns', 'skipped', 4]]));
    expect(forgetMerged(before, sent)).toEqual({});
  });

  it('leaves the trees it is given as they were (each roadmap is copied once, then changed)', () => {
    const browser = tree([
      ['backend', 'sql', 'done', 1],
      ['backend', 'dns', 'done', 2],
    ]);
    const fetched = tree([['backend', 'dns', 'skipped', 3]]);
    const [browserBefore, fetchedBefore] = [structuredClone(browser), structuredClone(fetched)];
    expect(newestOf(browser, fetched).backend).toEqual(
      tree([
        ['backend', 'sql', 'done', 1],
        ['backend', 'dns', 'skipped', 3],
      ]).backend,
    );
    forgetMerged(browser, flattenProgress(browser));
    withReset(browser, { roadmapId: 'backend', topics: [{ topicId: 'sql', updatedAt: at(9) }] });
    expect([browser, fetched]).toEqual([browserBefore, fetchedBefore]);
  });

  it('tells the learner what happened, in words', () => {
    expect(mergeMessage(1, 0)).toBe('1 topic from this browser was added to your account.');
    expect(mergeMessage(3, 0)).toBe('3 topics from this browser were added to your account.');
    expect(mergeMessage(0, 0)).toMatch(/^Your account already had newer progress/);
    expect(mergeMessage(2, 1)).toBe(
      '2 topics from this browser were added to your account. 1 topic no longer in the roadmaps was left out.',
    );
  });
});

describe('where a change goes and what is shown', () => {
  it('keeps a change in the browser only for a visitor known to be signed out', () => {
    expect(keepsProgressInBrowser('ready', null)).toBe(true);
    expect(keepsProgressInBrowser('ready', ada)).toBe(false);
    expect(keepsProgressInBrowser('loading', null)).toBe(false);
    expect(keepsProgressInBrowser('offline', null)).toBe(false);
  });

  it('shows the account when signed in, else the browser', () => {
    const state = {
      account: tree([['backend', 'sql', 'done', 1]]),
      browser: tree([['backend', 'sql', 'skipped', 2]]),
    };
    expect(shownStatuses({ ...state, user: ada }, 'backend')).toEqual({ sql: 'done' });
    expect(shownStatuses({ ...state, user: null }, 'backend')).toEqual({ sql: 'skipped' });
  });

  it('applies a reset and forgets a roadmap', () => {
    const account = tree([
      ['backend', 'sql', 'done', 1],
      ['javascript-backend', 'npm', 'done', 1],
    ]);
    const reset = withReset(account, {
      roadmapId: 'backend',
      topics: [{ topicId: 'sql', updatedAt: at(9) }],
    });
    expect(reset.backend!.sql).toEqual({ status: 'not_started', updatedAt: at(9) });
    expect(reset['javascript-backend']).toEqual(account['javascript-backend']);
    expect(withoutRoadmap(account, 'backend')).toEqual({
      'javascript-backend': account['javascript-backend'],
    });
  });
});
