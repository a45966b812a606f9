import type { Adapter, AdapterAccount, AdapterUser } from '@auth/core/adapters';
import { DrizzleAdapter } from '@auth/drizzle-adapter';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  drivers,
  openTestDatabase,
  queryRows,
  type TestDatabase,
} from '../testing/database/targets';
import { accounts, sessions, users } from './schema';

const githubAccount = (userId: string, githubId: string): AdapterAccount => ({
  userId,
  type: 'oauth',
  provider: 'github',
  providerAccountId: githubId,
});

describe.each(drivers)('the data layer on %s', (driver) => {
  let database: TestDatabase;
  let adapter: Adapter;

  beforeAll(async () => {
    database = await openTestDatabase(driver);
    await database.migrate();
    adapter = DrizzleAdapter(database.db, {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
    });
  }, 60_000);

  /** A learner as Auth.js creates one from a GitHub profile, which may have no public e-mail. */
  const newLearner = (id: string, name: string, extra: Partial<AdapterUser> = {}) =>
    adapter.createUser!({ id, name, email: null as never, emailVerified: null, ...extra });

  afterAll(() => database?.dispose(), 30_000);

  it('applies migrations a second time as a no-op', async () => {
    const count = async () =>
      (
        await queryRows(database, sql`select count(*)::int as n from drizzle.__drizzle_migrations`)
      )[0];
    const before = await count();
    await database.migrate();
    expect(await count()).toEqual(before);
  });

  it('creates a learner keyed on the GitHub id and finds them again by it', async () => {
    const user = await newLearner('583231', 'Octocat', { image: 'a.png' });
    expect(user.id).not.toBe('583231'); // our own id, not GitHub's
    await adapter.linkAccount!(githubAccount(user.id, '583231'));
    expect(
      (await adapter.getUserByAccount!({ provider: 'github', providerAccountId: '583231' }))?.id,
    ).toBe(user.id);
    expect(
      await adapter.getUserByAccount!({ provider: 'github', providerAccountId: '1' }),
    ).toBeNull();
  });

  it('never lets one GitHub id belong to two learners', async () => {
    const other = await newLearner('x', 'Other');
    await expect(adapter.linkAccount!(githubAccount(other.id, '583231'))).rejects.toThrow();
  });

  it('keeps two learners without e-mail addresses apart', async () => {
    const a = await newLearner('1', 'A');
    const b = await newLearner('2', 'B');
    expect(a.id).not.toBe(b.id);
  });

  it('stores, reads, extends and deletes database sessions', async () => {
    const user = await newLearner('s', 'Session');
    const expires = new Date(Date.now() + 60_000);
    await adapter.createSession!({ sessionToken: 'token-1', userId: user.id, expires });
    const found = await adapter.getSessionAndUser!('token-1');
    expect(found?.user.id).toBe(user.id);
    expect(found?.session.expires.getTime()).toBe(expires.getTime());
    const later = new Date(Date.now() + 120_000);
    await adapter.updateSession!({ sessionToken: 'token-1', expires: later });
    expect((await adapter.getSessionAndUser!('token-1'))?.session.expires.getTime()).toBe(
      later.getTime(),
    );
    await adapter.deleteSession!('token-1');
    expect(await adapter.getSessionAndUser!('token-1')).toBeNull();
  });

  it('removes a learner’s accounts and sessions with the learner', async () => {
    const user = await newLearner('d', 'Doomed');
    await adapter.linkAccount!(githubAccount(user.id, '777'));
    await adapter.createSession!({
      sessionToken: 'token-d',
      userId: user.id,
      expires: new Date(Date.now() + 60_000),
    });
    await adapter.deleteUser!(user.id);
    const left = await queryRows(
      database,
      sql`select (select count(*) from accounts where user_id = ${user.id})::int as accounts,
                 (select count(*) from sessions where user_id = ${user.id})::int as sessions`,
    );
    expect(left[0]).toEqual({ accounts: 0, sessions: 0 });
  });
});

/** Columns, constraints and indexes of the public schema, in a comparable form. */
async function describeSchema(database: TestDatabase) {
  const columns = await queryRows(
    database,
    sql`
    select table_name, column_name, data_type, is_nullable, column_default
    from information_schema.columns where table_schema = 'public'
    order by table_name, column_name`,
  );
  const indexes = await queryRows(
    database,
    sql`
    select tablename, indexname, indexdef from pg_indexes where schemaname = 'public'
    order by tablename, indexname`,
  );
  const constraints = await queryRows(
    database,
    sql`
    select conrelid::regclass::text as table_name, conname, pg_get_constraintdef(oid) as definition
    from pg_constraint where connamespace = 'public'::regnamespace
      and contype <> 'n' -- NOT NULL as a constraint row is newer than PostgreSQL 15; columns cover it
    order by 1, 2`,
  );
  return { columns, indexes, constraints };
}

describe('migrations', () => {
  it('give an empty PostgreSQL server the same schema as PGlite', async () => {
    const [embedded, server] = await Promise.all([
      openTestDatabase('pglite'),
      openTestDatabase('node-postgres'),
    ]);
    try {
      await Promise.all([embedded.migrate(), server.migrate()]);
      const expected = await describeSchema(embedded);
      expect(expected.columns.length).toBeGreaterThan(10);
      expect(await describeSchema(server)).toEqual(expected);
    } finally {
      await Promise.all([embedded.dispose(), server.dispose()]);
    }
  }, 60_000);
});
