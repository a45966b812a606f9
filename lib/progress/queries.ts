import 'server-only';

import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';

import { getDb, type Database, type Transaction } from '@/db';
import { notes, progress, progressEvents, projectProgress, users } from '@/db/schema';
import { maxProjectRowsPerLearner } from '@/lib/projects/limits';
import type { ProjectRow } from '@/lib/projects/queries';
import { usableTimeZone, zoneToSave } from '@/lib/time-zone';

import type { DayActivity } from './activity';
import { MAX_HISTORY_ENTRIES, maxTopicRowsPerLearner } from './limits';
import { selectMergeWinners, topicKey, type TimedStatus } from './merge';
import type { TopicStatus } from './status';

export type ProgressRow = {
  roadmapId: string;
  topicId: string;
  status: TopicStatus;
  updatedAt: Date;
};
type MergeEntry = TimedStatus & { roadmapId: string; topicId: string };
type HistorySource = (typeof progressEvents.source.enumValues)[number];

/** The columns every progress read and write returns. */
const rowColumns = {
  roadmapId: progress.roadmapId,
  topicId: progress.topicId,
  status: progress.status,
  updatedAt: progress.updatedAt,
};
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
  const ofUser = eq(progress.userId, userId);
  return db
    .select(rowColumns)
    .from(progress)
    .where(roadmapId ? and(ofUser, eq(progress.roadmapId, roadmapId)) : ofUser)
    .limit(maxTopicRowsPerLearner());
}

export type PersonalView = {
  progress: ProgressRow[];
  /** Topics the learner keeps a note on; `body` only for the topic asked for. */
  notes: { roadmapId: string; topicId: string; updatedAt: Date; body: string | null }[];
  /** The learner's step projects on the same roadmaps. */
  projects: ProjectRow[];
};

/**
 * Everything personal a roadmap or topic page shows — progress, which topics have a note, and the
 * note of the topic being read — in one statement, so a signed-in page view costs one session
 * lookup and this.
 */
export async function getPersonalView(
  userId: string,
  roadmapId?: string,
  noteTopicId?: string,
): Promise<PersonalView> {
  const rows = await personalViewQuery(await getDb(), userId, roadmapId, noteTopicId);
  const view: PersonalView = { progress: [], notes: [], projects: [] };
  for (const { kind, body, status, ...key } of rows) {
    if (kind === 'note') view.notes.push({ ...key, body });
    else if (kind === 'project') {
      const { topicId: projectId, ...rest } = key;
      view.projects.push({ ...rest, projectId, status: status as ProjectRow['status'], url: body });
    } else view.progress.push({ ...key, status });
  }
  return view;
}

/** The query behind {@link getPersonalView}, unexecuted, so the benchmark can EXPLAIN it. */
export function personalViewQuery(
  db: Database,
  userId: string,
  roadmapId?: string,
  noteTopicId?: string,
) {
  type Kind = 'progress' | 'note' | 'project';
  // Every part reads the same learner's rows, of one roadmap when the page asks for one.
  const ofLearner = (table: typeof progress | typeof notes | typeof projectProgress) =>
    roadmapId
      ? and(eq(table.userId, userId), eq(table.roadmapId, roadmapId))
      : eq(table.userId, userId);
  const progressRows = db
    .select({
      kind: sql<Kind>`'progress'`.as('kind'),
      ...rowColumns,
      body: sql<string | null>`null`.as('body'),
    })
    .from(progress)
    .where(ofLearner(progress));
  const noteRows = db
    .select({
      kind: sql<Kind>`'note'`,
      roadmapId: notes.roadmapId,
      topicId: notes.topicId,
      status: sql<TopicStatus>`null`,
      updatedAt: notes.updatedAt,
      body: noteTopicId
        ? sql<string | null>`case when ${notes.topicId} = ${noteTopicId} then ${notes.body} end`
        : sql<string | null>`null`,
    })
    .from(notes)
    .where(ofLearner(notes));
  // A project rides in the same columns: its id as topic_id, its link as body.
  const projectRows = db
    .select({
      kind: sql<Kind>`'project'`,
      roadmapId: projectProgress.roadmapId,
      topicId: projectProgress.projectId,
      status: sql<TopicStatus>`${projectProgress.status}`,
      updatedAt: projectProgress.updatedAt,
      body: projectProgress.url,
    })
    .from(projectProgress)
    .where(ofLearner(projectProgress));
  return progressRows
    .unionAll(noteRows)
    .unionAll(projectRows)
    .limit(2 * maxTopicRowsPerLearner() + maxProjectRowsPerLearner());
}

/** Appends the changes just written to the history, inside the same transaction. */
async function recordHistory(
  tx: Transaction,
  userId: string,
  rows: ProgressRow[],
  source: HistorySource,
) {
  if (rows.length === 0) return;
  await tx.insert(progressEvents).values(
    rows.map((row) => ({
      userId,
      roadmapId: row.roadmapId,
      topicId: row.topicId,
      status: row.status,
      source,
      changedAt: row.updatedAt,
    })),
  );
}

/** The history is trimmed by about one status write in this many, and after every bulk write. */
const TRIM_HISTORY_ONE_IN = 100;

/**
 * Drops the learner's oldest history entries beyond {@link MAX_HISTORY_ENTRIES} (by when the
 * change happened), so the history has a ceiling however long or fast a learner writes.
 */
async function trimHistory(db: Database | Transaction, userId: string) {
  await db.execute(sql`
    delete from ${progressEvents} where id in (
      select id from ${progressEvents} where user_id = ${userId}
      order by changed_at desc, id desc offset ${MAX_HISTORY_ENTRIES})`);
}

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
      .select(rowColumns)
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
      .returning(rowColumns);
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
    .select(rowColumns)
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
    .onConflictDoUpdate({
      target: progressKey,
      set: { status: sql`excluded.status`, updatedAt: sql`excluded.updated_at` },
      // A write that slipped in since the read above is newer still: it keeps its status.
      setWhere: sql`${progress.updatedAt} < excluded.updated_at`,
    })
    .returning(rowColumns);
  await recordHistory(tx, userId, written, source);
  await trimHistory(tx, userId);
  await rememberTimeZone(tx, userId, timeZone);
  return written.length;
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

/** Changes per calendar day in the learner's time zone, counted by the database. */
export async function getActivityByDay(userId: string, timeZone: string): Promise<DayActivity[]> {
  return activityByDayQuery(await getDb(), userId, timeZone);
}

/** The query behind {@link getActivityByDay}, unexecuted, so the benchmark can EXPLAIN it. */
export function activityByDayQuery(db: Database, userId: string, timeZone: string) {
  const day = sql<string>`to_char(${progressEvents.changedAt} at time zone ${timeZone}, 'YYYY-MM-DD')`;
  return (
    db
      .select({
        day,
        changes: sql<number>`count(*)::int`,
        done: sql<number>`(count(*) filter (where ${progressEvents.status} = 'done'))::int`,
      })
      .from(progressEvents)
      .where(eq(progressEvents.userId, userId))
      // By position: the same expression twice would bind the time zone as two parameters, which
      // PostgreSQL does not see as one grouping expression.
      .groupBy(sql`1`)
      .orderBy(sql`1`)
      // At most one day per history entry kept.
      .limit(MAX_HISTORY_ENTRIES)
  );
}
