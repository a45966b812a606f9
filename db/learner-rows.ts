import { and, eq, getTableColumns, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

/**
 * The `where` of every per-learner read: the learner's rows, of one roadmap when one is named.
 * Tables keyed (user_id, roadmap_id, …) serve both from their primary key's prefix.
 */
export function learnerRows(
  table: { userId: PgColumn; roadmapId: PgColumn },
  userId: string,
  roadmapId?: string,
): SQL {
  const ofUser = eq(table.userId, userId);
  return roadmapId ? and(ofUser, eq(table.roadmapId, roadmapId))! : ofUser;
}

/** A learner table's columns but the owner's id, which a read or write already knows. */
export function rowColumns<T extends PgTable & { userId: PgColumn }>(table: T) {
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => key !== 'userId');
  return Object.fromEntries(columns) as Omit<T['_']['columns'], 'userId'>;
}
