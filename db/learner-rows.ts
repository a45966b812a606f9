import { and, eq, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

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
