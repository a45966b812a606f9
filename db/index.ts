import 'server-only';

import { connect, type Connection, type Database } from './connect';
import { databaseSettings, dataDir } from './settings';
import { chooseDatabase, describeTarget } from './target';

export type { Database } from './connect';

/** A transaction's handle, for queries that must run inside one. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

// Next bundles instrumentation, route handlers and pages separately, each with its own copy of
// this module: the connection lives on globalThis so the process opens the database once (PGlite
// must never be opened twice on the same folder).
const holder = globalThis as typeof globalThis & { waymarkDatabase?: Promise<Connection> };

/**
 * The app's one database, opened on first use (so `next build` of static pages never opens it).
 * Migrations apply here for the embedded database and in development; deployments apply them in
 * their build step (`npm run build` runs `db:deploy`).
 */
export function getDb(): Promise<Database> {
  holder.waymarkDatabase ??= open().catch((error: unknown) => {
    holder.waymarkDatabase = undefined; // let the next request try again, e.g. after an outage
    throw error;
  });
  return holder.waymarkDatabase.then((connection) => connection.db);
}

async function open(): Promise<Connection> {
  const target = chooseDatabase(databaseSettings, dataDir);
  console.info(`[db] using ${describeTarget(target)}`);
  const connection = await connect(target);
  if (target.driver === 'pglite' || databaseSettings.NODE_ENV === 'development') {
    await connection.migrate();
  }
  return connection;
}
