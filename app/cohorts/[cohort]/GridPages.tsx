import Link from 'next/link';

import { defaultGridOrder, type GridOrder } from '@/lib/cohorts/arrange';
import { gridPageCount } from '@/lib/cohorts/grid';
import { GRID_PAGE_SIZE } from '@/lib/cohorts/limits';
import { cohortPath } from '@/lib/routes';

/**
 * The links between pages of the members' grid, when it has more than one, or the way back from a
 * page past the last. They keep the order and filter; the defaults stay out of the URL.
 */
export function GridPages({
  cohortId,
  page,
  shown,
  order,
}: {
  cohortId: string;
  page: number;
  /** How many members the grid's filter keeps. */
  shown: number;
  order: GridOrder;
}) {
  const pages = gridPageCount(shown, GRID_PAGE_SIZE);
  const pageLink = (to: number) =>
    cohortPath(cohortId, {
      page: to > 1 ? to : undefined,
      sort: order.sort === defaultGridOrder.sort ? undefined : order.sort,
      show: order.show === defaultGridOrder.show ? undefined : order.show,
    });
  if (page > pages) {
    return (
      <p className="mt-3 text-sm" data-testid="grid-past-last">
        There is no page {page} of members: the last is page {pages}.{' '}
        <Link href={pageLink(1)} className="underline">
          Go to the first page
        </Link>
      </p>
    );
  }
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pages of members" className="mt-3 flex gap-4 text-sm">
      {page > 1 && (
        <Link href={pageLink(page - 1)} className="underline">
          Previous {GRID_PAGE_SIZE}
        </Link>
      )}
      <span>
        Page {Math.min(page, pages)} of {pages}
      </span>
      {page < pages && (
        <Link href={pageLink(page + 1)} className="underline">
          Next {GRID_PAGE_SIZE}
        </Link>
      )}
    </nav>
  );
}
