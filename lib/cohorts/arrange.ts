import type { GridRow } from './grid';

/**
 * The order and the filter of the owner's and mentors' grid (pure). Each order puts who needs a
 * mentor's attention first; ties, and members who do not share what an order reads, follow by
 * name, as in the default order.
 */

export const gridSorts = {
  member: 'Member, A to Z',
  'last-active': 'Longest inactive first',
  'this-week': 'Fewest done in the last 7 days first',
  standing: 'Furthest behind the schedule first',
  done: 'Least done first',
  checks: 'Lowest check pass rate first',
  reviews: 'Most reviews overdue first',
  time: 'Least study time in the last 7 days first',
} as const;

export const gridFilters = {
  all: 'Every member',
  behind: 'Behind the schedule',
  stalled: 'Stalled',
  overdue: 'With reviews overdue',
  'not-started': 'Not started',
} as const;

export type GridSort = keyof typeof gridSorts;
export type GridFilter = keyof typeof gridFilters;
export type GridOrder = { sort: GridSort; show: GridFilter };

export const defaultGridOrder: GridOrder = { sort: 'member', show: 'all' };

export const isDefaultOrder = (order: GridOrder) =>
  order.sort === defaultGridOrder.sort && order.show === defaultGridOrder.show;

/** A member who has not changed a status for this many days, and has not finished, is stalled. */
export const STALLED_AFTER_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days since the member's last status change, when they are stalled; else null. */
export function stalledDays(row: GridRow, now: Date): number | null {
  if (!row.lastActive) return null;
  if (row.steps.every((step) => step.done === step.total)) return null;
  const days = Math.floor((now.getTime() - row.lastActive.getTime()) / DAY_MS);
  return days >= STALLED_AFTER_DAYS ? days : null;
}

/**
 * The order and filter the query asks for. An unknown value is named in `problem`, and the grid
 * falls back to its default for it, so a mistyped link still shows the members.
 */
export function gridOrderOf(
  sort: string | undefined,
  show: string | undefined,
): { order: GridOrder; problem: string | null } {
  const knownSort = sort === undefined || Object.hasOwn(gridSorts, sort);
  const knownShow = show === undefined || Object.hasOwn(gridFilters, show);
  const order = {
    sort: knownSort && sort ? (sort as GridSort) : defaultGridOrder.sort,
    show: knownShow && show ? (show as GridFilter) : defaultGridOrder.show,
  };
  const unknown = [!knownSort && 'order', !knownShow && 'filter'].filter(Boolean);
  return {
    order,
    problem: unknown.length
      ? `That ${unknown.join(' and ')} is not one this page knows: it shows the default instead.`
      : null,
  };
}

/** A number to sort by, smallest first; null sorts after every number (not shared, no data). */
type SortKey = (row: GridRow, now: Date) => number | null;

const sortKeys: Record<Exclude<GridSort, 'member'>, SortKey> = {
  'last-active': (row) => row.lastActive?.getTime() ?? Number.NEGATIVE_INFINITY,
  'this-week': (row) => row.doneThisWeek,
  standing: (row) => (row.standing?.kind === 'behind' ? -row.standing.weeks : null),
  done: (row) => row.doneHours,
  checks: (row) =>
    row.checks && row.checks.attempts > 0 ? row.checks.passed / row.checks.attempts : null,
  reviews: (row) => (row.checks ? -row.checks.reviewsOverdue : null),
  time: (row) => row.studyTime?.minutesThisWeek ?? null,
};

const filters: Record<GridFilter, (row: GridRow, now: Date) => boolean> = {
  all: () => true,
  behind: (row) => row.standing?.kind === 'behind',
  stalled: (row, now) => stalledDays(row, now) !== null,
  overdue: (row) => (row.checks?.reviewsOverdue ?? 0) > 0,
  'not-started': (row) => row.lastActive === null,
};

const byName = (a: GridRow, b: GridRow) =>
  (a.login ?? '').toLowerCase().localeCompare((b.login ?? '').toLowerCase()) ||
  a.userId.localeCompare(b.userId);

/** The rows the filter keeps, in the order asked for: one pass to key them, then a sort. */
export function arrangeRows(rows: readonly GridRow[], order: GridOrder, now: Date): GridRow[] {
  const kept = rows.filter((row) => filters[order.show](row, now));
  if (order.sort === 'member') return kept.sort(byName);
  const key = sortKeys[order.sort];
  return kept
    .map((row) => ({ row, key: key(row, now) }))
    .sort(
      (a, b) =>
        (a.key === null ? 1 : 0) - (b.key === null ? 1 : 0) ||
        (a.key ?? 0) - (b.key ?? 0) ||
        byName(a.row, b.row),
    )
    .map(({ row }) => row);
}
