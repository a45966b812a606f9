import { emptyGridRow, type GridRow } from '@/lib/cohorts/grid';

/** A row of the cohort grid for pure tests: one step, nothing done or shared unless `more` says. */
export const gridRow = (login: string | null, more: Partial<GridRow> = {}): GridRow => ({
  ...emptyGridRow({ userId: `id-${login}`, login }, [
    { stepId: 's', title: 'S', done: 0, total: 4 },
  ]),
  ...more,
});
