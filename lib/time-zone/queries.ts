import 'server-only';

import { and, eq, isNull } from 'drizzle-orm';

import { getDb, type Database, type Transaction } from '@/db';
import { users } from '@/db/schema';

import { usableTimeZone, zoneToSave } from '.';

/**
 * Saves the zone the learner's browser sent, when {@link zoneToSave} lets it replace the saved
 * one. `saved` spares the read when the caller has it already; a zone saved meanwhile by another
 * request is left as it is.
 */
export async function rememberTimeZone(
  db: Database | Transaction,
  userId: string,
  sent: string | undefined,
  saved?: string | null,
) {
  if (!sent) return;
  const current = saved === undefined ? await savedTimeZone(db, userId) : saved;
  const timeZone = zoneToSave(current, sent, new Date());
  if (!timeZone) return;
  await db
    .update(users)
    .set({ timeZone })
    .where(
      and(
        eq(users.id, userId),
        current === null ? isNull(users.timeZone) : eq(users.timeZone, current),
      ),
    );
}

/**
 * The learner's saved time zone, or UTC when no browser has told us one yet (or the saved one is
 * a zone PostgreSQL refuses, saved before zones were checked).
 */
export async function getTimeZone(userId: string): Promise<string> {
  return usableTimeZone(await getSavedTimeZone(userId));
}

/** The learner's saved time zone as stored, null when none is. */
export async function getSavedTimeZone(userId: string): Promise<string | null> {
  return savedTimeZone(await getDb(), userId);
}

async function savedTimeZone(db: Database | Transaction, userId: string) {
  const [row] = await db
    .select({ timeZone: users.timeZone })
    .from(users)
    .where(eq(users.id, userId));
  return row?.timeZone ?? null;
}
