import 'server-only';

/**
 * Stops the start with a clear message when the environment is invalid (the local test sign-in
 * under `next start`, for one) or production lacks its secret — Next would otherwise log the error
 * and serve a broken app — and opens the embedded database early so its migrations (and the
 * review-card replay, lib/checks/replay.ts) run before the first visitor rather than during a
 * request.
 */
export async function prepareServerOrExit() {
  try {
    // Loaded here rather than imported above: lib/env.ts throws while loading when the
    // environment is invalid, and that must end up in this catch too.
    const { env } = await import('@/lib/env');
    const { resolveAuthSecret } = await import('@/lib/auth/secret');
    resolveAuthSecret();
    if (!env.POSTGRES_URL && !env.DATABASE_URL) {
      const db = await (await import('@/db')).getDb();
      // The embedded database migrates itself as it opens; the migration's data step follows.
      await (await import('@/lib/checks/replay')).replayReviewCards(db);
    }
  } catch (error) {
    console.error(`\n✖ Waymark cannot start: ${error instanceof Error ? error.message : error}\n`);
    process.exit(1);
  }
}
