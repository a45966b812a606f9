import 'server-only';

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

import * as schema from './schema';
import type { DatabaseTarget } from './target';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export type Connection = {
  db: Database;
  /** Applies the committed migrations in db/migrations; a no-op when they are all applied. */
  migrate: () => Promise<void>;
  close: () => Promise<void>;
};

const migrationsFolder = join(process.cwd(), 'db', 'migrations');

/** Opens the target with its own driver. Drivers load on demand, so only the one used is paid for. */
export async function connect(target: DatabaseTarget): Promise<Connection> {
  switch (target.driver) {
    case 'pglite': {
      const { PGlite } = await import('@electric-sql/pglite');
      const { drizzle } = await import('drizzle-orm/pglite');
      const { migrate } = await import('drizzle-orm/pglite/migrator');
      // PGlite does not create parent folders itself.
      mkdirSync(target.dir, { recursive: true });
      const client = new PGlite(target.dir);
      const db = drizzle({ client, schema });
      return { db, migrate: () => migrate(db, { migrationsFolder }), close: () => client.close() };
    }
    case 'node-postgres': {
      const { Pool } = await import('pg');
      const { drizzle } = await import('drizzle-orm/node-postgres');
      const { migrate } = await import('drizzle-orm/node-postgres/migrator');
      const pool = new Pool({ connectionString: target.url, max: 10 });
      // An idle connection the server drops (restart, failover) must not crash the process; the
      // pool replaces it on the next query.
      pool.on('error', (error) =>
        console.error(
          JSON.stringify({ level: 'error', source: 'pg pool', message: error.message }),
        ),
      );
      const db = drizzle({ client: pool, schema });
      return { db, migrate: () => migrate(db, { migrationsFolder }), close: () => pool.end() };
    }
    case 'vercel-postgres': {
      const { createPool } = await import('@vercel/postgres');
      const { drizzle } = await import('drizzle-orm/vercel-postgres');
      const { migrate } = await import('drizzle-orm/vercel-postgres/migrator');
      const pool = createPool({ connectionString: target.url });
      const db = drizzle({ client: pool, schema });
      return { db, migrate: () => migrate(db, { migrationsFolder }), close: () => pool.end() };
    }
  }
}
