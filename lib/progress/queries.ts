import 'server-only';

import { and, eq, inArray, ne, sql } from 'drizzle-orm';

import { getDb, type Database, type Transaction } from '@/db';
import { learnerRows, rowColumns } from '@/db/learner-rows';
import { newerWins } from '@/db/newer-wins';
import { progress, progressEvents, users } from '@/db/schema';
import { rememberTimeZone } from '@/lib/time-zone/queries';

import { recordHistory, TRIM_HISTORY_ONE_IN, trimHistory } from './history';
import { maxTopicRowsPerLearner } from './limits';
import { selectMergeWinners, topicKey, type TimedStatus } from './merge';
import type { ProgressRow, TopicStatus } from './status';

type MergeEntry = TimedStatus & { roadmapId: string; topicId: string };

/** The columns every progress read and write returns. */
const progressRowColumns = rowColumns(progress);
const progressKey = [progress.userId, progress.roadmapId, progress.topicId];

// clock_timestamp(), not now(): a write that waited for another's row lock is stamped when it
// really happens, so the last write is also the newest.
const writeTime = sql`clock_timestamp()`;

/** A learner's progress rows, on one roadmap or all: one query, served by the primary key. */
export async function getProgressRows(userId: string, roadmapId?: string): Promise<ProgressRow[]> {
  return progressRowsQuery(await getDb(), userId, roadmapId);
}

/** The query behind {@link getProgressRows}, unexecuted, so the benchmark can EXPLAIN it. */
export function progressRowsQuery(db: Database, userId: string, roadmapId?: string) {
  return db
    .select(progressRowColumns)
    .from(progress)
    .where(learnerRows(progress, userId, roadmapId))
    .limit(maxTopicRowsPerLearner());
}

type WrittenRow = {
  roadmap_id: string;
  topic_id: string;
  status: TopicStatus;
  updated_at: Date | string;
  saved_zone: string | null;
};

/**
 * Sets one topic's status and records it in the history, together or not at all. Choosing the
 * status a topic already has changes nothing, so it adds no history (and cannot pad a streak).
 *
 * One statement (data-modifying CTEs) instead of a transaction: the write and its history entry
 * land atomically in a single round trip, which also reads the saved time zone, and that is what
 * keeps a write close to the cost of an empty server action under load (see BENCHMARKS.md). Only a
 * browser zone that may replace the saved one costs a second statement.
 */
export async function writeTopicStatus(
  userId: string,
  change: { roadmapId: string; topicId: string; status: TopicStatus; timeZone?: string },
): Promise<ProgressRow> {
  const db = await getDb();
  const { roadmapId, topicId, status } = change;
  const { rows } = (await db.execute(sql`
    with changed as (
      insert into ${progress} (user_id, roadmap_id, topic_id, status, updated_at)
      values (${userId}, ${roadmapId}, ${topicId}, ${status}, ${writeTime})
      on conflict (user_id, roadmap_id, topic_id) do update
        set status = excluded.status, updated_at = ${writeTime}
        where ${progress}.status is distinct from excluded.status
      returning roadmap_id, topic_id, status, updated_at
    ), recorded as (
      insert into ${progressEvents} (user_id, roadmap_id, topic_id, status, source, changed_at)
      select ${userId}, roadmap_id, topic_id, status, 'control', updated_at from changed
    ), saved as (
      select time_zone as saved_zone from ${users} where id = ${userId}
    )
    select roadmap_id, topic_id, status, updated_at, saved_zone from changed, saved
    union all
    select roadmap_id, topic_id, status, updated_at, saved_zone from ${progress}, saved
    where user_id = ${userId} and roadmap_id = ${roadmapId} and topic_id = ${topicId}
      and not exists (select 1 from changed)`)) as unknown as { rows: WrittenRow[] };
  if (Math.random() < 1 / TRIM_HISTORY_ONE_IN) await trimHistory(db, userId);
  const row = rows[0];
  if (row) await rememberTimeZone(db, userId, change.timeZone, row.saved_zone);
  if (!row) {
    // A concurrent first write of this topic with the same status committed after this statement's
    // snapshot: nothing changed here, and the row is visible to a fresh read.
    const [current] = await db
      .select(progressRowColumns)
      .from(progress)
      .where(
        and(
          eq(progress.userId, userId),
          eq(progress.roadmapId, roadmapId),
          eq(progress.topicId, topicId),
        ),
      );
    return current!;
  }
  return {
    roadmapId: row.roadmap_id,
    topicId: row.topic_id,
    status: row.status,
    updatedAt: new Date(row.updated_at),
  };
}

/** Moves every started topic of a roadmap back to not started, with a history entry each. */
export async function resetRoadmap(userId: string, roadmapId: string): Promise<ProgressRow[]> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(progress)
      .set({ status: 'not_started', updatedAt: writeTime })
      .where(
        and(
          eq(progress.userId, userId),
          eq(progress.roadmapId, roadmapId),
          ne(progress.status, 'not_started'),
        ),
      )
      .returning(progressRowColumns);
    await recordHistory(tx, userId, rows, 'reset');
    await trimHistory(tx, userId);
    return rows;
  });
}

/**
 * Merges progress kept elsewhere (the browser, an export file) into the account by the merge rule:
 * per topic the most recent change wins. Returns how many topics changed.
 */
export async function mergeProgress(
  userId: string,
  entries: readonly MergeEntry[],
  options: { source: 'merge' | 'import'; timeZone?: string },
): Promise<number> {
  if (entries.length === 0) return 0;
  const db = await getDb();
  return db.transaction((tx) => mergeProgressWithin(tx, userId, entries, options));
}

/** {@link mergeProgress} inside the caller's transaction, for writes that must land together. */
export async function mergeProgressWithin(
  tx: Transaction,
  userId: string,
  entries: readonly MergeEntry[],
  { source, timeZone }: { source: 'merge' | 'import'; timeZone?: string },
): Promise<number> {
  if (entries.length === 0) return 0;
  const roadmapIds = [...new Set(entries.map((e) => e.roadmapId))];
  const current = await tx
    .select(progressRowColumns)
    .from(progress)
    .where(and(eq(progress.userId, userId), inArray(progress.roadmapId, roadmapIds)))
    .for('update');
  const existing = new Map(current.map((row) => [topicKey(row.roadmapId, row.topicId), row]));
  const winners = selectMergeWinners(entries, existing);
  if (winners.length === 0) return 0;
  const written = await tx
    .insert(progress)
    .values(
      winners.map(({ roadmapId, topicId, status, updatedAt }) => ({
        userId,
        roadmapId,
        topicId,
        status,
        updatedAt,
      })),
    )
    .onConflictDoUpdate(
      newerWins(progressKey, { status: progress.status, updatedAt: progress.updatedAt }),
    )
    .returning(progressRowColumns);
  await recordHistory(tx, userId, written, source);
  await trimHistory(tx, userId);
  await rememberTimeZone(tx, userId, timeZone);
  return written.length;
}
