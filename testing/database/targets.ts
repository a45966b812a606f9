import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { SQL } from 'drizzle-orm';

import { connect, type Connection } from '../../db/connect';
import type { DatabaseTarget } from '../../db/target';
import { dropDatabase, recreateDatabase } from './postgres';
import { startWebSocketProxy } from './ws-proxy';

export type TestDatabase = Connection & { target: DatabaseTarget; dispose: () => Promise<void> };

/** Every driver the app supports, each on a fresh, empty database of its own. */
export const drivers: DatabaseTarget['driver'][] = ['pglite', 'node-postgres', 'vercel-postgres'];

let counter = 0;

export async function openTestDatabase(driver: DatabaseTarget['driver']): Promise<TestDatabase> {
  const { target, cleanup } = await prepareTarget(driver);
  const connection = await connect(target);
  const dispose = async () => {
    await connection.close();
    await cleanup();
  };
  return { ...connection, target, dispose };
}

async function prepareTarget(driver: DatabaseTarget['driver']) {
  if (driver === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'waymark-pglite-'));
    const target: DatabaseTarget = { driver, dir: join(dir, 'db') };
    return { target, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `waymark_test_${process.pid}_${++counter}`;
  const target: DatabaseTarget = { driver, url: await recreateDatabase(name) };
  const proxy = driver === 'vercel-postgres' ? await startWebSocketProxy() : undefined;
  const cleanup = async () => {
    await proxy?.close();
    await dropDatabase(name);
  };
  return { target, cleanup };
}

/** Raw rows of a query; every supported driver returns `{ rows }` from execute(). */
export async function queryRows(
  database: TestDatabase,
  query: SQL,
): Promise<Record<string, unknown>[]> {
  return ((await database.db.execute(query)) as { rows: Record<string, unknown>[] }).rows;
}

/**
 * Applies db/migrations up to and including `lastTag` (such as `0007_study_plans`) and no
 * further: a database as an older release left it, for a test of the migrations after it. A later
 * `migrate()` applies the rest, as a deployment would.
 */
export async function migrateThrough(database: TestDatabase, lastTag: string) {
  const source = join(process.cwd(), 'db', 'migrations');
  const journal = JSON.parse(readFileSync(join(source, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  const last = journal.entries.findIndex((entry) => entry.tag === lastTag);
  if (last < 0) throw new Error(`no migration ${lastTag}`);
  const folder = mkdtempSync(join(tmpdir(), 'waymark-migrations-'));
  mkdirSync(join(folder, 'meta'));
  const entries = journal.entries.slice(0, last + 1);
  writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  for (const { tag } of entries)
    copyFileSync(join(source, `${tag}.sql`), join(folder, `${tag}.sql`));
  try {
    const { driver } = database.target;
    const { migrate } =
      driver === 'pglite'
        ? await import('drizzle-orm/pglite/migrator')
        : driver === 'node-postgres'
          ? await import('drizzle-orm/node-postgres/migrator')
          : await import('drizzle-orm/vercel-postgres/migrator');
    await migrate(database.db as never, { migrationsFolder: folder });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
