import { describe, expect, it } from 'vitest';

import { selectMergeWinners, topicKey, type TimedStatus } from './merge';

const at = (iso: string) => new Date(iso);
const entry = (topicId: string, status: TimedStatus['status'], iso: string) => ({
  roadmapId: 'backend',
  topicId,
  status,
  updatedAt: at(iso),
});

describe('selectMergeWinners', () => {
  it('takes a browser entry when the account has none or an older one', () => {
    const existing = new Map([
      [topicKey('backend', 'sql'), { status: 'in_progress' as const, updatedAt: at('2026-01-01') }],
    ]);
    const winners = selectMergeWinners(
      [entry('sql', 'done', '2026-02-01'), entry('dns', 'skipped', '2025-01-01')],
      existing,
    );
    expect(winners.map((w) => `${w.topicId}:${w.status}`)).toEqual(['sql:done', 'dns:skipped']);
  });

  it('keeps the account’s status when it changed later, or at the same moment', () => {
    const existing = new Map([
      [topicKey('backend', 'sql'), { status: 'done' as const, updatedAt: at('2026-03-01') }],
      [topicKey('backend', 'dns'), { status: 'done' as const, updatedAt: at('2026-03-01') }],
    ]);
    expect(
      selectMergeWinners(
        [entry('sql', 'in_progress', '2026-02-01'), entry('dns', 'skipped', '2026-03-01')],
        existing,
      ),
    ).toEqual([]);
  });

  it('uses the newest of duplicate incoming entries for one topic', () => {
    const winners = selectMergeWinners(
      [
        entry('sql', 'done', '2026-01-02'),
        entry('sql', 'skipped', '2026-01-03'),
        entry('sql', 'in_progress', '2026-01-01'),
      ],
      new Map(),
    );
    expect(winners).toEqual([entry('sql', 'skipped', '2026-01-03')]);
  });

  it('treats the same topic id in two roadmaps as two topics', () => {
    const existing = new Map([
      [topicKey('backend', 'git'), { status: 'done' as const, updatedAt: at('2030-01-01') }],
    ]);
    const winners = selectMergeWinners(
      [{ ...entry('git', 'done', '2026-01-01'), roadmapId: 'javascript-backend' }],
      existing,
    );
    expect(winners).toHaveLength(1);
  });
});
