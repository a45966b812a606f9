/**
 * The set-up the integration tests of server actions and route handlers share: who is signed in,
 * which headers the request carries, and a fresh migrated database for each driver.
 *
 * `vi.mock` is hoisted within each test file, so the mocks cannot be declared here; a test file
 * names the ones it needs with one line each, and they read their state from `harness`:
 *
 *     vi.mock('@/lib/auth/config', () => import('@/testing/mocks/auth'));
 *     vi.mock('@/db', () => import('@/testing/mocks/db'));
 *     vi.mock('next/headers', () => import('@/testing/mocks/headers'));
 *     vi.mock('next/navigation', () => import('@/testing/mocks/navigation'));
 */
import { afterAll, beforeAll } from 'vitest';

import type { DatabaseTarget } from '@/db/target';
import { openTestDatabase, type TestDatabase } from '@/testing/database/targets';

export const harness = {
  /** The session's learner (`auth()` answers null while this is null). */
  user: null as { id: string; login?: string } | null,
  /** The database `getDb()` returns, opened by `useTestDatabase`. */
  database: null as TestDatabase | null,
  /** The headers `headers()` returns: server actions read the caller's address from them. */
  headers: {} as Record<string, string>,
};

/**
 * Opens a fresh database on `driver` and applies the migrations before the surrounding
 * `describe` block's tests, and drops it after them.
 */
export function useTestDatabase(driver: DatabaseTarget['driver']) {
  beforeAll(async () => {
    harness.database = await openTestDatabase(driver);
    await harness.database.migrate();
  }, 60_000);
  afterAll(() => harness.database?.dispose(), 30_000);
}

/** The database of the running `describe` block. */
export function testDatabase(): TestDatabase {
  if (!harness.database) throw new Error('no test database: call useTestDatabase(driver) first');
  return harness.database;
}

/** A submitted form, as a server action receives it. */
export function form(fields: Record<string, string | File>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}
