/**
 * The state the integration tests' stand-ins read (testing/mocks/*): who is signed in, the
 * request's headers, the open test database. Apart from testing/integration.ts, which sets it, so
 * the stand-ins do not import the module that registers them.
 */
import type { TestDatabase } from '@/testing/database/targets';

export const harness = {
  /** The session's learner (`auth()` answers null while this is null). */
  user: null as { id: string; login?: string } | null,
  /** The database `getDb()` returns, opened by `useTestDatabase`. */
  database: null as TestDatabase | null,
  /** The headers `headers()` returns: server actions read the caller's address from them. */
  headers: {} as Record<string, string>,
};

/** The database of the running `describe` block. */
export function testDatabase(): TestDatabase {
  if (!harness.database) throw new Error('no test database: call useTestDatabase(driver) first');
  return harness.database;
}
