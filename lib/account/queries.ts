import 'server-only';

import { asc, eq } from 'drizzle-orm';

import { getDb } from '@/db';
import { progressEvents, users } from '@/db/schema';
import { getProgressRows } from '@/lib/progress/queries';

import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from './export-format';

/** Everything Waymark holds about the learner, in the export format. */
export async function getAccountExport(userId: string): Promise<ExportFile | undefined> {
  const db = await getDb();
  const [profile] = await db
    .select({
      name: users.name,
      login: users.login,
      timeZone: users.timeZone,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!profile) return undefined;
  const [progress, history] = await Promise.all([
    getProgressRows(userId),
    db
      .select({
        roadmapId: progressEvents.roadmapId,
        topicId: progressEvents.topicId,
        status: progressEvents.status,
        source: progressEvents.source,
        changedAt: progressEvents.changedAt,
      })
      .from(progressEvents)
      .where(eq(progressEvents.userId, userId))
      .orderBy(asc(progressEvents.id)),
  ]);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date().toISOString(),
    profile: { ...profile, createdAt: profile.createdAt.toISOString() },
    progress: progress.map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() })),
    history: history.map((event) => ({ ...event, changedAt: event.changedAt.toISOString() })),
  };
}

/**
 * Removes the learner and, through the foreign keys' ON DELETE CASCADE, their GitHub account link,
 * sessions, progress and history: one statement, so one transaction.
 */
export async function deleteUser(userId: string): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.delete(users).where(eq(users.id, userId));
  });
}
