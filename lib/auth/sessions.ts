import 'server-only';

import { and, desc, eq, gt, lte, notInArray, or, sql } from 'drizzle-orm';
import type { Adapter } from 'next-auth/adapters';

import type { Database } from '@/db';
import { sessions } from '@/db/schema';

/** The most sessions (signed-in browsers) a learner keeps; signing in again drops the oldest. */
export const MAX_SESSIONS_PER_LEARNER = 5;

/**
 * Removes the learner's expired sessions and all but their `keep` newest (by expiry, which Auth.js
 * moves forward as a session is used), in one statement.
 */
async function pruneSessions(
  db: Database,
  userId: string,
  keep = MAX_SESSIONS_PER_LEARNER,
): Promise<void> {
  const ofUser = eq(sessions.userId, userId);
  const newest = db
    .select({ token: sessions.sessionToken })
    .from(sessions)
    .where(and(ofUser, gt(sessions.expires, sql`now()`)))
    .orderBy(desc(sessions.expires), desc(sessions.sessionToken))
    .limit(keep);
  await db
    .delete(sessions)
    .where(
      and(ofUser, or(lte(sessions.expires, sql`now()`), notInArray(sessions.sessionToken, newest))),
    );
}

/**
 * The adapter, with a ceiling on sessions: every sign-in (the only place Auth.js creates one)
 * prunes the learner's sessions right after creating the new one, so repeated sign-ins cannot
 * pile up rows.
 */
export function withSessionCeiling(adapter: Adapter, db: Database): Adapter {
  const createSession = adapter.createSession!;
  return {
    ...adapter,
    async createSession(session) {
      const created = await createSession(session);
      await pruneSessions(db, session.userId);
      return created;
    },
  };
}
