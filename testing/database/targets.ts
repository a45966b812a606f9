import { mkdtempSync, rmSync } from 'node:fs';
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
