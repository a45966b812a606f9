import 'server-only';

import { lt, sql } from 'drizzle-orm';

import { getDb } from '@/db';
import { rateLimits } from '@/db/schema';

import { WINDOW_SECONDS, windowStart } from './policy';

/** Old windows are purged by about one write in this many, so the table stays small. */
const PURGE_ONE_IN = 200;

/**
 * Counts `writes` writes (one, unless a single request writes many rows) for each key in the
 * current window and returns each key's count so far, in one statement, shared by every server
 * instance.
 */
export async function countWrite(
  keys: readonly string[],
  now: Date,
  writes = 1,
): Promise<number[]> {
  const db = await getDb();
  const window = windowStart(now);
  const rows = await db
    .insert(rateLimits)
    .values(keys.map((key) => ({ key, windowStart: window, count: writes })))
    .onConflictDoUpdate({
      target: [rateLimits.key, rateLimits.windowStart],
      set: { count: sql`${rateLimits.count} + excluded.count` },
    })
    .returning({ key: rateLimits.key, count: rateLimits.count });
  if (Math.random() < 1 / PURGE_ONE_IN) {
    const expired = new Date(window.getTime() - WINDOW_SECONDS * 1000);
    await db.delete(rateLimits).where(lt(rateLimits.windowStart, expired));
  }
  return keys.map((key) => rows.find((row) => row.key === key)?.count ?? 0);
}
