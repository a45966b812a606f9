import 'server-only';

import { and, asc, eq, sql } from 'drizzle-orm';

import { getDb } from '@/db';
import type { Transaction } from '@/db';
import { rowColumns } from '@/db/learner-rows';
import { newerWins } from '@/db/newer-wins';
import { notes } from '@/db/schema';
import { maxTopicRowsPerLearner } from '@/lib/progress/limits';

export type NoteRow = { roadmapId: string; topicId: string; body: string; updatedAt: Date };

const noteColumns = rowColumns(notes);
const noteKey = [notes.userId, notes.roadmapId, notes.topicId];

const ofTopic = (userId: string, roadmapId: string, topicId: string) =>
  and(eq(notes.userId, userId), eq(notes.roadmapId, roadmapId), eq(notes.topicId, topicId));

/** The learner's note on one topic, if they keep one. */
export async function getNote(
  userId: string,
  roadmapId: string,
  topicId: string,
): Promise<NoteRow | undefined> {
  const db = await getDb();
  const [row] = await db
    .select(noteColumns)
    .from(notes)
    .where(ofTopic(userId, roadmapId, topicId));
  return row;
}

/** The learner's notes, on one roadmap or all, in content order of ids (stable for exports). */
export async function getNotes(userId: string, roadmapId?: string): Promise<NoteRow[]> {
  const db = await getDb();
  const ofUser = eq(notes.userId, userId);
  return db
    .select(noteColumns)
    .from(notes)
    .where(roadmapId ? and(ofUser, eq(notes.roadmapId, roadmapId)) : ofUser)
    .orderBy(asc(notes.roadmapId), asc(notes.topicId))
    .limit(maxTopicRowsPerLearner());
}

/**
 * Saves the learner's note on a topic; an empty (or blank) note deletes it. Returns the saved note,
 * or undefined when there is none any more.
 */
export async function saveNote(
  userId: string,
  change: { roadmapId: string; topicId: string; body: string },
): Promise<NoteRow | undefined> {
  const db = await getDb();
  const { roadmapId, topicId, body } = change;
  if (body.trim() === '') {
    await db.delete(notes).where(ofTopic(userId, roadmapId, topicId));
    return undefined;
  }
  const [saved] = await db
    .insert(notes)
    .values({ userId, roadmapId, topicId, body, updatedAt: sql`clock_timestamp()` })
    .onConflictDoUpdate({
      target: noteKey,
      set: { body, updatedAt: sql`clock_timestamp()` },
    })
    .returning(noteColumns);
  return saved;
}

/**
 * Merges notes from an export into the account: per topic the more recently edited note wins, as
 * progress does. Runs inside the caller's transaction; returns how many notes changed.
 */
export async function mergeNotes(
  tx: Transaction,
  userId: string,
  incoming: readonly NoteRow[],
): Promise<number> {
  if (incoming.length === 0) return 0;
  const written = await tx
    .insert(notes)
    .values(incoming.map((note) => ({ userId, ...note })))
    .onConflictDoUpdate(newerWins(noteKey, { body: notes.body, updatedAt: notes.updatedAt }))
    .returning({ topicId: notes.topicId });
  return written.length;
}
