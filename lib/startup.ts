import 'server-only';

import { getDb } from '@/db';
import { resolveAuthSecret } from '@/lib/auth/secret';
import { env } from '@/lib/env';

/**
 * Stops the start with a clear message when production lacks its secret (Next would otherwise log
 * the error and serve a broken app), and opens the embedded database early so its migrations run
 * before the first visitor rather than during a request.
 */
export async function prepareServerOrExit() {
  try {
    resolveAuthSecret();
    if (!env.POSTGRES_URL && !env.DATABASE_URL) await getDb();
  } catch (error) {
    console.error(`\n✖ Waymark cannot start: ${error instanceof Error ? error.message : error}\n`);
    process.exit(1);
  }
}
