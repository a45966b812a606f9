import 'server-only';

import { sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

import { getDb, type Transaction } from '@/db';
import { learnerRows } from '@/db/learner-rows';
import { newerWins } from '@/db/newer-wins';
import type { projectChecklists, projectProgress } from '@/db/schema';
import { toEntryTree } from '@/lib/progress/local';
import { selectNewest } from '@/lib/progress/merge';
import { spendRowWrites } from '@/lib/rate-limit/check';

import { maxProjectRowsPerLearner } from './limits';

type ProjectTable = typeof projectProgress | typeof projectChecklists;
type Keyed = { roadmapId: string; projectId: string; updatedAt: Date };
/** A row of a per-project table: the project's key, the table's own `Fields`, the time of change. */
export type ProjectRowOf<Fields> = { roadmapId: string; projectId: string } & Fields & {
    updatedAt: Date;
  };
type Columns<Row> = { [K in keyof Row]: PgColumn };

const keyOf = (row: Keyed) => `${row.roadmapId}/${row.projectId}`;

// clock_timestamp(), not now(): a write that waited for another's row lock is stamped when it
// really happens, so the last write is also the newest.
const writeTime = sql`clock_timestamp()`;

/**
 * The reads and writes of a table kept per learner and step project (status and link; checklist
 * ticks), one row per project: the same rules for both, so the form, the browser's merge and an
 * import treat them alike. `changed` are the columns a save sets besides its time; `treeName`
 * names the account's tree in a merge's answer.
 */
export function projectRows<Row extends Keyed, Name extends string>(
  table: ProjectTable,
  changed: Omit<Columns<Row>, 'roadmapId' | 'projectId' | 'updatedAt'>,
  treeName: Name,
) {
  const columns: Record<string, PgColumn> = {
    roadmapId: table.roadmapId,
    projectId: table.projectId,
    ...changed,
    updatedAt: table.updatedAt,
  };
  const target = [table.userId, table.roadmapId, table.projectId];
  // Drizzle types rows by their table; this module serves two, whose rows `Row` describes.
  const rowTable: PgTable = table;
  type Change = Omit<Row, 'updatedAt'>;

  /** The learner's rows, on one roadmap or all: at most one per project of the content. */
  async function read(userId: string, roadmapId?: string): Promise<Row[]> {
    const db = await getDb();
    const rows = await db
      .select(columns)
      .from(table)
      .where(learnerRows(table, userId, roadmapId))
      .limit(maxProjectRowsPerLearner());
    return rows as Row[];
  }

  /** Saves one project's row for the session learner, stamped when it happens. */
  async function write(userId: string, change: Change): Promise<Row> {
    const db = await getDb();
    const set = Object.fromEntries(
      Object.keys(changed).map((key) => [key, change[key as keyof Change]]),
    );
    const [row] = await db
      .insert(rowTable)
      .values({ ...change, userId, updatedAt: writeTime })
      .onConflictDoUpdate({ target, set: { ...set, updatedAt: writeTime } })
      .returning(columns);
    return row as Row;
  }

  /**
   * Merges rows kept elsewhere (the browser, an export file) into the account inside the caller's
   * transaction: per project the most recent change wins, as for topics. Returns how many changed.
   */
  async function mergeWithin(tx: Transaction, userId: string, entries: readonly Row[]) {
    if (entries.length === 0) return 0;
    const current = await tx
      .select(columns)
      .from(table)
      .where(learnerRows(table, userId))
      .for('update');
    const existing = new Map((current as Row[]).map((row) => [keyOf(row), row]));
    const winners = selectNewest(entries, existing, keyOf);
    if (winners.length === 0) return 0;
    const written = await tx
      .insert(rowTable)
      .values(winners.map((row) => ({ ...row, userId })))
      .onConflictDoUpdate(newerWins(target, { ...changed, updatedAt: table.updatedAt }))
      .returning({ projectId: table.projectId });
    return written.length;
  }

  /** {@link mergeWithin} in a transaction of its own. */
  async function merge(userId: string, entries: readonly Row[]) {
    if (entries.length === 0) return 0;
    const db = await getDb();
    return db.transaction((tx) => mergeWithin(tx, userId, entries));
  }

  /** A save from a form: the saved row, its time as text as the browser keeps it. */
  async function save(userId: string, change: Change) {
    const row = await write(userId, change);
    return { ...row, updatedAt: row.updatedAt.toISOString() };
  }

  /**
   * The rows a browser kept before sign-in, merged into the account: every row merged counts
   * against the write budget. Answers with the account's tree after the merge, under `treeName`,
   * so the page shows what won without another request.
   */
  async function mergeFromBrowser(
    userId: string,
    { entries, ignored }: { entries: readonly Row[]; ignored: number },
  ) {
    const merged = await merge(userId, entries);
    await spendRowWrites(userId, merged);
    const tree = toEntryTree(await read(userId), 'projectId');
    return { merged, ignored, [treeName]: tree } as { merged: number; ignored: number } & Record<
      Name,
      typeof tree
    >;
  }

  return { read, mergeWithin, save, mergeFromBrowser };
}
