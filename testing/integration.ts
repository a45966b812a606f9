/**
 * The set-up the integration tests of server actions and route handlers share: who is signed in,
 * which headers the request carries, and a fresh migrated database for each driver. Next to it:
 * testing/requests.ts (forms, requests, redirects), testing/rows.ts (reading the database back)
 * and testing/write-limits.ts (budgets and a stopped clock for the rate-limit tests).
 * The stand-ins for the session, the database client, the request headers and `redirect` read
 * their state from `harness` (testing/mocks/register.ts puts them in place for every test file).
 */
import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, beforeEach, describe } from 'vitest';

import { users } from '@/db/schema';
import type { DatabaseTarget } from '@/db/target';
import { openTestDatabase } from '@/testing/database/targets';

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

const deploymentDrivers = ['pglite', 'node-postgres'] as const;

/**
 * The drivers our deployments use, embedded and server; WAYMARK_TEST_DRIVERS (a comma-separated
 * list) narrows them. CI's run on its second Node.js line keeps node-postgres only: PGlite runs
 * the same WebAssembly on every line, and the full suite on the LTS line runs both.
 */
export const integrationDrivers = narrowDrivers(process.env.WAYMARK_TEST_DRIVERS);

function narrowDrivers(list: string | undefined) {
  if (!list) return [...deploymentDrivers];
  const chosen = list.split(',').map((name) => name.trim());
  const unknown = chosen.filter((name) => !(deploymentDrivers as readonly string[]).includes(name));
  // A misspelt name must not quietly run no integration test at all.
  if (unknown.length > 0 || chosen.length === 0)
    throw new Error(`WAYMARK_TEST_DRIVERS: ${list}; use ${deploymentDrivers.join(', ')}`);
  return deploymentDrivers.filter((driver) => chosen.includes(driver));
}

/**
 * A `describe` block run once per driver of {@link integrationDrivers}, each on its own fresh
 * database: `title on pglite`, `title on node-postgres`.
 */
export function describeEachDriver(
  title: string,
  define: (driver: DatabaseTarget['driver']) => void,
) {
  describe.each(integrationDrivers)(`${title} on %s`, (driver) => {
    useTestDatabase(driver);
    define(driver);
  });
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

/** A learner saved as a user. */
export type Learner = { id: string; login: string };

/** A new learner whose login starts with `login` and is unique across the test run. */
export async function newLearner(login: string): Promise<Learner> {
  const learner = { id: randomUUID(), login: `${login}-${randomUUID().slice(0, 8)}` };
  await testDatabase().db.insert(users).values(learner);
  return learner;
}

/** Signs `learner` in: the next action or route runs as them. */
export const signIn = (learner: Learner) => (harness.user = learner);
