import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/**
 * The `onConflictDoUpdate` of every merge in which the newest change wins (progress, notes, step
 * projects, checklists): the stored row takes the incoming values of `columns`, but only where it
 * is older. A write that slipped in since the merge read the rows is newer still: it stays.
 */
export function newerWins<C extends { updatedAt: PgColumn } & Record<string, PgColumn>>(
  target: PgColumn[],
  columns: C,
) {
  const set = Object.fromEntries(
    Object.entries(columns).map(([key, column]) => [
      key,
      sql`excluded.${sql.identifier(column.name)}`,
    ]),
  ) as Record<keyof C, SQL>;
  return { target, set, setWhere: sql`${columns.updatedAt} < excluded.updated_at` };
}
