import 'server-only';

import { sql } from 'drizzle-orm';

import { getDb } from '@/db';

import { DatabaseUnreachableError, isDatabaseUnreachable } from './unreachable';

/**
 * Whether the database answers, as seen by this process: probed at most once a second while it
 * answers (so a healthy server pays one `select 1` a second at most) and on every ask while it
 * does not (so recovery shows at once). Pages report failures they meet, which the next ask sees.
 */
type Health = { reachable: boolean; checkedAt: number; probe?: Promise<boolean> };

const HEALTHY_FOR_MS = 1_000;
const PROBE_TIMEOUT_MS = 2_000;

const holder = globalThis as typeof globalThis & { waymarkDatabaseHealth?: Health };
const health = (holder.waymarkDatabaseHealth ??= { reachable: true, checkedAt: 0 });

async function probe(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DatabaseUnreachableError()), PROBE_TIMEOUT_MS);
  });
  try {
    await Promise.race([getDb().then((db) => db.execute(sql`select 1`)), timeout]);
    return true;
  } catch (error) {
    // Any other failure is not an outage: the page itself meets it and reports it as a bug.
    return !isDatabaseUnreachable(error);
  } finally {
    clearTimeout(timer);
  }
}

export async function databaseIsReachable(now = Date.now()): Promise<boolean> {
  if (health.reachable && now - health.checkedAt < HEALTHY_FOR_MS) return true;
  health.probe ??= probe()
    .then((reachable) => Object.assign(health, { reachable, checkedAt: Date.now() }).reachable)
    .finally(() => (health.probe = undefined));
  return health.probe;
}

/** A page met the database unreachable: the next ask probes instead of trusting the last one. */
export function reportDatabaseUnreachable(): void {
  health.reachable = false;
}
