import { describe, expect, it } from 'vitest';

import {
  checklistMergeMessage,
  checklistOf,
  flattenChecklists,
  isChecklistItemOf,
  parseLocalChecklists,
  serializeLocalChecklists,
  toChecklistTree,
  withTick,
} from './checklist';

const project = {
  requirements: ['Serve files', 'Log requests', 'Stop cleanly', 'Answer 404'],
  acceptance: ['`curl` answers 200', 'A missing path answers 404'],
  stretch: ['Caching headers', 'Ranges'],
};

describe('project checklists', () => {
  it('name each item by its list and place', () => {
    const lists = checklistOf(project);
    expect(lists.map((list) => list.title)).toEqual([
      'Requirements',
      'Check it yourself',
      'Stretch goals',
    ]);
    expect(lists.flatMap((list) => list.items.map((item) => item.id))).toEqual([
      'r1',
      'r2',
      'r3',
      'r4',
      'a1',
      'a2',
      's1',
      's2',
    ]);
    expect(lists[1]!.items[0]).toEqual({ id: 'a1', text: '`curl` answers 200' });
  });

  it('know which ids a project has', () => {
    expect(isChecklistItemOf(project, 'r4')).toBe(true);
    expect(isChecklistItemOf(project, 'r5')).toBe(false);
    expect(isChecklistItemOf(project, 's3')).toBe(false);
    expect(isChecklistItemOf(project, 'x1')).toBe(false);
  });

  it('tick and untick an item, keeping each id once and in order', () => {
    expect(withTick(['r2'], 'a1', true)).toEqual(['a1', 'r2']);
    expect(withTick(['a1', 'r2'], 'a1', true)).toEqual(['a1', 'r2']);
    expect(withTick(['a1', 'r2'], 'a1', false)).toEqual(['r2']);
  });

  it('round-trip through browser storage; anything tampered reads as none', () => {
    const tree = {
      backend: { 'file-server': { ticked: ['r1', 'a2'], updatedAt: '2026-12-01T10:00:00.000Z' } },
    };
    expect(parseLocalChecklists(serializeLocalChecklists(tree))).toEqual(tree);
    expect(flattenChecklists(tree)).toEqual([
      {
        roadmapId: 'backend',
        projectId: 'file-server',
        ticked: ['r1', 'a2'],
        updatedAt: '2026-12-01T10:00:00.000Z',
      },
    ]);
    const tampered = (ticked: unknown) =>
      JSON.stringify({
        version: 1,
        checklists: { backend: { p: { ticked, updatedAt: '2026-12-01T10:00:00Z' } } },
      });
    expect(parseLocalChecklists(tampered(['<img>']))).toEqual({});
    expect(parseLocalChecklists(tampered('r1'))).toEqual({});
    expect(parseLocalChecklists(tampered(new Array(18).fill('r1')))).toEqual({});
    expect(parseLocalChecklists('{not json')).toEqual({});
    expect(parseLocalChecklists(null)).toEqual({});
  });

  it('turn rows into the tree the browser keeps', () => {
    const updatedAt = new Date('2026-12-07T15:34:00Z');
    expect(
      toChecklistTree([{ roadmapId: 'b', projectId: 'p', ticked: ['s1'], updatedAt }]),
    ).toEqual({
      b: { p: { ticked: ['s1'], updatedAt: '2026-12-07T15:34:00.000Z' } },
    });
  });

  it('tell the learner what the sign-in merge added', () => {
    expect(checklistMergeMessage(0)).toBeUndefined();
    expect(checklistMergeMessage(1)).toBe(
      "Ticks on 1 project's checklist from this browser were added to your account.",
    );
    expect(checklistMergeMessage(2)).toBe(
      "Ticks on 2 projects' checklists from this browser were added to your account.",
    );
  });
});
