import { describe, expect, it } from 'vitest';

import { chooseDatabase, describeTarget, planBuildMigration } from './target';

describe('chooseDatabase', () => {
  it('prefers POSTGRES_URL, then DATABASE_URL, then embedded PGlite', () => {
    const both = { POSTGRES_URL: 'postgres://a@neon/db', DATABASE_URL: 'postgres://b@pg/db' };
    expect(chooseDatabase(both, '.data')).toEqual({
      driver: 'vercel-postgres',
      url: both.POSTGRES_URL,
    });
    expect(chooseDatabase({ DATABASE_URL: both.DATABASE_URL }, '.data')).toEqual({
      driver: 'node-postgres',
      url: both.DATABASE_URL,
    });
    expect(chooseDatabase({}, '.data')).toEqual({ driver: 'pglite', dir: '.data/pglite' });
    expect(chooseDatabase({ PGLITE_DIR: '/tmp/x' }, '.data')).toEqual({
      driver: 'pglite',
      dir: '/tmp/x',
    });
  });
});

describe('describeTarget', () => {
  it('never prints credentials', () => {
    const line = describeTarget({
      driver: 'node-postgres',
      url: 'postgres://me:s3cret@db.example.com:6543/app?sslmode=require',
    });
    expect(line).toBe('node-postgres at db.example.com:6543/app');
    expect(describeTarget({ driver: 'vercel-postgres', url: 'not a url s3cret' })).not.toContain(
      's3cret',
    );
  });
});

describe('planBuildMigration', () => {
  it('migrates a configured database, skips the embedded one and refuses Vercel without one', () => {
    expect(planBuildMigration({ DATABASE_URL: 'postgres://x' })).toEqual({ action: 'migrate' });
    expect(planBuildMigration({ POSTGRES_URL: 'postgres://x', VERCEL: '1' })).toEqual({
      action: 'migrate',
    });
    expect(planBuildMigration({})).toMatchObject({ action: 'skip' });
    const vercel = planBuildMigration({ VERCEL: '1' });
    expect(vercel).toMatchObject({
      action: 'fail',
      message: expect.stringContaining('Postgres store'),
    });
  });
});
