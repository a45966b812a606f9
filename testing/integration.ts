/**
 * The set-up the integration tests of server actions and route handlers share: who is signed in,
 * which headers the request carries, and a fresh migrated database for each driver.
 * The stand-ins for the session, the database client, the request headers and `redirect` read
 * their state from `harness` (testing/mocks/register.ts puts them in place for every test file).
 */
import { randomUUID } from 'node:crypto';

import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, vi } from 'vitest';

import { users } from '@/db/schema';
import type { DatabaseTarget } from '@/db/target';
import { openTestDatabase, queryRows } from '@/testing/database/targets';

import { harness, testDatabase } from './harness';

export { harness, testDatabase } from './harness';

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

/**
 * A `describe` block run once per driver our deployments use, embedded and server, each on its own
 * fresh database: `title on pglite`, `title on node-postgres`.
 */
export function describeEachDriver(
  title: string,
  define: (driver: DatabaseTarget['driver']) => void,
) {
  describe.each(['pglite', 'node-postgres'] as const)(`${title} on %s`, (driver) => {
    useTestDatabase(driver);
    define(driver);
  });
}

/**
 * Stops the clock at `moment` for the whole file: rate limits count per minute, and no test should
 * straddle the start of a new counting window.
 */
export function freezeClockAt(moment: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(moment));
}

/**
 * The write budgets for the whole file, a minute per learner and per client address (what the
 * server reads from WAYMARK_WRITES_PER_MINUTE and WAYMARK_WRITES_PER_MINUTE_PER_IP); a budget left
 * out keeps the server's default. Call it before importing the code under test, which reads the
 * environment once.
 */
export function setWriteBudgets(budgets: { perLearner?: number; perAddress?: number }) {
  if (budgets.perLearner) vi.stubEnv('WAYMARK_WRITES_PER_MINUTE', String(budgets.perLearner));
  if (budgets.perAddress)
    vi.stubEnv('WAYMARK_WRITES_PER_MINUTE_PER_IP', String(budgets.perAddress));
}

/**
 * The header of a file that tests write limits: these budgets, and the clock stopped at `moment`
 * so every test counts in the same minute. Call it before importing the code under test.
 */
export function limitWritesAt(moment: string, budgets: Parameters<typeof setWriteBudgets>[0]) {
  setWriteBudgets(budgets);
  freezeClockAt(moment);
}

/**
 * Learners with fresh ids, one per login, saved as users before the surrounding `describe`
 * block's tests; call it after `useTestDatabase` so the database is open by then.
 */
export function useLearners<Login extends string>(...logins: Login[]) {
  const rows = logins.map((login) => ({ id: randomUUID(), login }));
  const learners = {} as Record<Login, { id: string; login: string }>;
  for (const row of rows) learners[row.login] = row;
  beforeAll(async () => {
    await testDatabase().db.insert(users).values(rows);
  }, 60_000);
  return learners;
}

/**
 * Signs in a new learner, saved as a user, whose requests come from `address` (so the test has
 * write budgets of its own); returns the learner's id.
 */
export async function signInNewLearner(address: string) {
  const id = randomUUID();
  await testDatabase()
    .db.insert(users)
    .values({ id, login: `learner-${id}` });
  harness.user = { id, login: `learner-${id}` };
  harness.headers = { 'x-waymark-peer-address': address };
  return id;
}

/**
 * Before each test of the surrounding block, a new learner signs in, sending from an address of
 * their own: no test spends another's write budget. Call it after `useTestDatabase`.
 */
export function signInNewLearnerEachTest() {
  let addresses = 0;
  beforeEach(() => signInNewLearner(`203.0.113.${++addresses}`));
}

/** The rows the test database answers `query` with. */
export function selectRows(query: SQL) {
  return queryRows(testDatabase(), query);
}

/** How many rows the test database holds in `table`, optionally narrowed by a `where` clause. */
export async function countRows(table: string, where?: SQL) {
  const filter = where ? sql` where ${where}` : sql``;
  const rows = await selectRows(
    sql`select count(*)::int as n from ${sql.identifier(table)}${filter}`,
  );
  return rows[0]!.n;
}

/** A submitted form, as a server action receives it. */
export function form(fields: Record<string, string | File>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}
