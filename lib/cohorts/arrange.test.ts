import { describe, expect, it } from 'vitest';

import { gridRow } from '@/testing/grid-rows';

import { arrangeRows, gridOrderOf, stalledDays, type GridOrder } from './arrange';
import type { GridRow } from './grid';

const now = new Date('2026-12-07T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);

const row = (login: string, more: Partial<GridRow> = {}): GridRow =>
  gridRow(login, {
    steps: [{ stepId: 's', title: 'S', done: 1, total: 4 }],
    lastActive: daysAgo(1),
    ...more,
  });

const rows = [
  row('dana', {
    lastActive: daysAgo(9),
    doneThisWeek: 0,
    doneHours: 3,
    standing: { kind: 'behind', weeks: 1 },
    checks: { attempts: 4, passed: 1, reviewsOverdue: 0 },
  }),
  row('Ben', {
    lastActive: null,
    doneHours: 0,
    standing: { kind: 'behind', weeks: 3 },
  }),
  row('alex', {
    lastActive: daysAgo(2),
    doneThisWeek: 5,
    doneHours: 8,
    standing: { kind: 'on-schedule' },
    checks: { attempts: 2, passed: 2, reviewsOverdue: 4 },
    studyTime: { minutes: 300, minutesThisWeek: 120 },
  }),
  row('cleo', {
    lastActive: daysAgo(30),
    steps: [{ stepId: 's', title: 'S', done: 4, total: 4 }],
    doneThisWeek: 2,
    doneHours: 12,
    standing: { kind: 'finished' },
    checks: { attempts: 0, passed: 0, reviewsOverdue: 1 },
    studyTime: { minutes: 60, minutesThisWeek: 0 },
  }),
];

const logins = (order: GridOrder) => arrangeRows(rows, order, now).map((r) => r.login);

describe('arranging the members’ grid', () => {
  it('orders by name, ignoring case, by default', () => {
    expect(logins({ sort: 'member', show: 'all' })).toEqual(['alex', 'Ben', 'cleo', 'dana']);
  });

  it('puts who needs attention first in every order, then by name', () => {
    // Never active counts as the longest inactive.
    expect(logins({ sort: 'last-active', show: 'all' })).toEqual(['Ben', 'cleo', 'dana', 'alex']);
    expect(logins({ sort: 'this-week', show: 'all' })).toEqual(['Ben', 'dana', 'cleo', 'alex']);
    // Only those behind have a place; the others follow by name.
    expect(logins({ sort: 'standing', show: 'all' })).toEqual(['Ben', 'dana', 'alex', 'cleo']);
    expect(logins({ sort: 'done', show: 'all' })).toEqual(['Ben', 'dana', 'alex', 'cleo']);
    // No attempts and not shared have no rate: after those with one.
    expect(logins({ sort: 'checks', show: 'all' })).toEqual(['dana', 'alex', 'Ben', 'cleo']);
    expect(logins({ sort: 'reviews', show: 'all' })).toEqual(['alex', 'cleo', 'dana', 'Ben']);
    expect(logins({ sort: 'time', show: 'all' })).toEqual(['cleo', 'alex', 'Ben', 'dana']);
  });

  it('keeps only the members a filter asks for', () => {
    expect(logins({ sort: 'member', show: 'behind' })).toEqual(['Ben', 'dana']);
    expect(logins({ sort: 'member', show: 'stalled' })).toEqual(['dana']);
    expect(logins({ sort: 'member', show: 'overdue' })).toEqual(['alex', 'cleo']);
    expect(logins({ sort: 'member', show: 'not-started' })).toEqual(['Ben']);
    expect(logins({ sort: 'last-active', show: 'behind' })).toEqual(['Ben', 'dana']);
  });

  it('counts a member stalled after a week without a change, unless they have finished', () => {
    expect(rows.map((r) => stalledDays(r, now))).toEqual([9, null, null, null]);
    expect(stalledDays(row('x', { lastActive: daysAgo(6.9) }), now)).toBeNull();
    expect(stalledDays(row('x', { lastActive: daysAgo(7) }), now)).toBe(7);
  });
});

describe('the grid’s order from the URL', () => {
  it('reads a known order and filter, and defaults what is missing', () => {
    expect(gridOrderOf('reviews', 'stalled')).toEqual({
      order: { sort: 'reviews', show: 'stalled' },
      problem: null,
    });
    expect(gridOrderOf(undefined, undefined)).toEqual({
      order: { sort: 'member', show: 'all' },
      problem: null,
    });
  });

  it('names what it does not know and shows the default for it', () => {
    const { order, problem } = gridOrderOf('toString', 'behind');
    expect(order).toEqual({ sort: 'member', show: 'behind' });
    expect(problem).toBe('That order is not one this page knows: it shows the default instead.');
    expect(gridOrderOf('done', '__proto__').problem).toMatch(/^That filter is not/);
    expect(gridOrderOf('x', 'y').problem).toMatch(/^That order and filter is not/);
  });
});
