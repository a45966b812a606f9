import { randomUUID } from 'node:crypto';

import { DrizzleAdapter } from '@auth/drizzle-adapter';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';

import { accounts, sessions, users } from '@/db/schema';
import { describeEachDriver, testDatabase } from '@/testing/integration';

import { MAX_SESSIONS_PER_LEARNER, withSessionCeiling } from './sessions';

describeEachDriver('session ceiling', () => {
  const adapter = () =>
    withSessionCeiling(
      DrizzleAdapter(testDatabase().db, {
        usersTable: users,
        accountsTable: accounts,
        sessionsTable: sessions,
      }),
      testDatabase().db,
    );
  const tokensOf = async (userId: string) =>
    (
      await testDatabase()
        .db.select({ token: sessions.sessionToken })
        .from(sessions)
        .where(eq(sessions.userId, userId))
    )
      .map((row) => row.token)
      .sort();

  it('keeps only the newest sessions of a learner who signs in again and again', async () => {
    const mona = randomUUID();
    const hubot = randomUUID();
    await testDatabase()
      .db.insert(users)
      .values([{ id: mona }, { id: hubot }]);
    await testDatabase()
      .db.insert(sessions)
      .values({ sessionToken: 'hubot-1', userId: hubot, expires: new Date(Date.now() + 1e9) });
    const day = 24 * 60 * 60 * 1000;
    for (let n = 0; n < 50; n++) {
      await adapter().createSession!({
        sessionToken: `mona-${String(n).padStart(2, '0')}`,
        userId: mona,
        expires: new Date(Date.now() + 30 * day + n * 1000),
      });
    }
    expect(await tokensOf(mona)).toEqual(
      Array.from({ length: MAX_SESSIONS_PER_LEARNER }, (_, n) => `mona-${45 + n}`),
    );
    expect(await tokensOf(hubot)).toEqual(['hubot-1']); // another learner's sessions stay
  });

  it('removes the learner’s expired sessions on sign-in', async () => {
    const octocat = randomUUID();
    await testDatabase().db.insert(users).values({ id: octocat });
    await testDatabase()
      .db.insert(sessions)
      .values([
        { sessionToken: 'old-1', userId: octocat, expires: new Date(Date.now() - 1000) },
        { sessionToken: 'old-2', userId: octocat, expires: new Date('2020-01-01') },
        { sessionToken: 'live', userId: octocat, expires: new Date(Date.now() + 1e9) },
      ]);
    await adapter().createSession!({
      sessionToken: 'new',
      userId: octocat,
      expires: new Date(Date.now() + 2e9),
    });
    expect(await tokensOf(octocat)).toEqual(['live', 'new']);
  });
});
