import { join } from 'node:path';

/** Which PostgreSQL the app talks to, decided from the environment alone. */
export type DatabaseTarget =
  | { driver: 'vercel-postgres'; url: string }
  | { driver: 'node-postgres'; url: string }
  | { driver: 'pglite'; dir: string };

type DatabaseEnv = { POSTGRES_URL?: string; DATABASE_URL?: string; PGLITE_DIR?: string };

/**
 * POSTGRES_URL (set by Vercel Postgres / Neon) wins, then DATABASE_URL (any PostgreSQL), and with
 * neither the app embeds PGlite on disk so a fresh clone runs with no setup.
 */
export function chooseDatabase(env: DatabaseEnv, dataDir: string): DatabaseTarget {
  if (env.POSTGRES_URL) return { driver: 'vercel-postgres', url: env.POSTGRES_URL };
  if (env.DATABASE_URL) return { driver: 'node-postgres', url: env.DATABASE_URL };
  return { driver: 'pglite', dir: env.PGLITE_DIR ?? join(dataDir, 'pglite') };
}

/** A log line naming the driver and where it points, with credentials removed. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.driver === 'pglite') return `embedded PGlite in ${target.dir}`;
  return `${target.driver === 'vercel-postgres' ? '@vercel/postgres' : 'node-postgres'} at ${redact(target.url)}`;
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}${parsed.port ? `:${parsed.port}` : ''}${parsed.pathname}`;
  } catch {
    return '(unparseable URL)';
  }
}

type BuildMigrationPlan =
  { action: 'migrate' } | { action: 'skip'; reason: string } | { action: 'fail'; message: string };

/**
 * What a production build does about migrations. A deployment with a database URL migrates it
 * before the new code serves traffic; the embedded database migrates itself on start; and Vercel
 * without a database must not deploy, since its file system is read-only and not shared.
 */
export function planBuildMigration(env: DatabaseEnv & { VERCEL?: string }): BuildMigrationPlan {
  if (env.POSTGRES_URL || env.DATABASE_URL) return { action: 'migrate' };
  if (env.VERCEL) {
    return {
      action: 'fail',
      message:
        'No database is connected. On Vercel, Waymark needs a Postgres store: open your project → ' +
        'Storage → Create Database → Postgres (Neon) and connect it, which sets POSTGRES_URL; ' +
        'then redeploy. (The embedded database is for local and self-hosted runs only.)',
    };
  }
  return {
    action: 'skip',
    reason: 'embedded PGlite database: migrations apply when the server starts',
  };
}
