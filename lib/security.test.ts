/**
 * Every server action and route handler, called with malformed, oversized, wrong-typed, missing
 * and forged input, without a session, and against another learner: each answer is a typed error
 * with a clear message, and the database is exactly as before (every row of every table).
 */
import { randomUUID } from 'node:crypto';

import { sql } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';

import { accounts, notes, progress, sessions, users } from '@/db/schema';
import { getRoadmaps } from '@/lib/content';
import { queryRows } from '@/testing/database/targets';
import { form, harness, testDatabase, useTestDatabase } from '@/testing/integration';

harness.headers = { 'x-forwarded-for': '192.0.2.1' };

const progressActions = await import('@/lib/progress/actions');
const { saveTopicNote } = await import('@/lib/notes/actions');
const { saveProfile } = await import('@/lib/profile/actions');
const { importAccountData, deleteAccount } = await import('@/lib/account/actions');
const meRoute = await import('@/app/api/me/route');
const exportRoute = await import('@/app/api/export/route');

const roadmap = getRoadmaps()[0]!;
const [topic] = roadmap.steps.flatMap((step) => step.topics);

const huge = 'x'.repeat(200_000);
const file = (content: string) => new File([content], 'x.json');
const valid = { roadmapId: roadmap.id, topicId: topic!.id };

/** An action as the test calls it, and the typed result (or thrown redirect) it gives. */
type Call = () => Promise<unknown>;
const resultOf = async (call: Call) => {
  const value = (await call()) as { ok?: boolean; result?: { ok: boolean } };
  return (value.result ?? value) as {
    ok: boolean;
    error?: { code: string; message: string };
  };
};

describe.each(['pglite', 'node-postgres'] as const)('hostile input on %s', (driver) => {
  useTestDatabase(driver);
  const owner = { id: randomUUID(), login: 'owner' };
  const attacker = { id: randomUUID(), login: 'attacker' };

  /** Every row of every table the app keeps, except write counters (which count every try). */
  async function everything() {
    const tables = await queryRows(
      testDatabase(),
      sql`select table_name from information_schema.tables where table_schema = 'public' and table_name <> 'rate_limits' order by 1`,
    );
    const rows: Record<string, unknown[]> = {};
    for (const { table_name } of tables) {
      rows[String(table_name)] = await queryRows(
        testDatabase(),
        sql`select * from ${sql.identifier(String(table_name))} order by 1, 2, 3`,
      );
    }
    return rows;
  }

  beforeAll(async () => {
    const db = testDatabase().db;
    await db.insert(users).values([owner, attacker]);
    await db.insert(accounts).values([
      { userId: owner.id, type: 'oauth', provider: 'github', providerAccountId: '1' },
      { userId: attacker.id, type: 'oauth', provider: 'github', providerAccountId: '2' },
    ]);
    await db.insert(sessions).values({
      sessionToken: randomUUID(),
      userId: owner.id,
      expires: new Date(Date.now() + 60_000),
    });
    await db.insert(progress).values({ userId: owner.id, ...valid, status: 'done' });
    await db.insert(notes).values({ userId: owner.id, ...valid, body: 'the owner’s note' });
  }, 60_000);

  const hostile: [string, Call, string][] = [
    // setTopicStatus
    ['status: nothing', () => progressActions.setTopicStatus(null, form({})), 'INVALID_INPUT'],
    [
      'status: unknown status',
      () => progressActions.setTopicStatus(null, form({ ...valid, status: 'finished' })),
      'INVALID_INPUT',
    ],
    [
      'status: huge topic id',
      () => progressActions.setTopicStatus(null, form({ ...valid, topicId: huge, status: 'done' })),
      'INVALID_INPUT',
    ],
    [
      'status: a file as the status',
      () => progressActions.setTopicStatus(null, form({ ...valid, status: file('done') })),
      'INVALID_INPUT',
    ],
    [
      'status: unknown roadmap',
      () =>
        progressActions.setTopicStatus(
          null,
          form({ ...valid, roadmapId: '../etc', status: 'done' }),
        ),
      'INVALID_INPUT',
    ],
    // resetRoadmapProgress
    [
      'reset: not confirmed',
      () => progressActions.resetRoadmapProgress(null, form({ roadmapId: roadmap.id })),
      'INVALID_INPUT',
    ],
    [
      'reset: unknown roadmap',
      () =>
        progressActions.resetRoadmapProgress(null, form({ roadmapId: 'cobol', confirm: 'yes' })),
      'INVALID_INPUT',
    ],
    // mergeBrowserProgress
    ['merge: a string', () => progressActions.mergeBrowserProgress('all of it'), 'INVALID_INPUT'],
    [
      'merge: entries not a list',
      () => progressActions.mergeBrowserProgress({ entries: { a: 1 } }),
      'INVALID_INPUT',
    ],
    [
      'merge: 501 entries',
      () => progressActions.mergeBrowserProgress({ entries: Array(501).fill({}) }),
      'INVALID_INPUT',
    ],
    ['merge: null', () => progressActions.mergeBrowserProgress(null), 'INVALID_INPUT'],
    // saveTopicNote
    ['note: missing body', () => saveTopicNote(null, form(valid)), 'INVALID_INPUT'],
    [
      'note: 10,001 characters',
      () => saveTopicNote(null, form({ ...valid, body: 'x'.repeat(10_001) })),
      'INVALID_INPUT',
    ],
    [
      'note: a file as the body',
      () => saveTopicNote(null, form({ ...valid, body: file('hi') })),
      'INVALID_INPUT',
    ],
    [
      'note: a NUL byte',
      () => saveTopicNote(null, form({ ...valid, body: 'a\0b' })),
      'INVALID_INPUT',
    ],
    [
      'note: lists nested 4,999 deep',
      () => saveTopicNote(null, form({ ...valid, body: `${'- '.repeat(4_999)}a` })),
      'INVALID_INPUT',
    ],
    [
      'note: unknown topic',
      () => saveTopicNote(null, form({ ...valid, topicId: 'nope', body: 'x' })),
      'INVALID_INPUT',
    ],
    // saveProfile
    [
      'profile: forged checkbox value',
      () => saveProfile(null, form({ profilePublic: 'true' })),
      'INVALID_INPUT',
    ],
    [
      'profile: 61-character name',
      () => saveProfile(null, form({ displayName: 'x'.repeat(61) })),
      'INVALID_INPUT',
    ],
    [
      'profile: direction override in name',
      () => saveProfile(null, form({ displayName: 'a\u202Eb' })),
      'INVALID_INPUT',
    ],
    [
      'profile: a file as the name',
      () => saveProfile(null, form({ displayName: file('x') })),
      'INVALID_INPUT',
    ],
    // importAccountData
    ['import: no file', () => importAccountData(null, form({})), 'INVALID_INPUT'],
    [
      'import: text instead of a file',
      () => importAccountData(null, form({ file: '{}' })),
      'INVALID_INPUT',
    ],
    [
      'import: not JSON',
      () => importAccountData(null, form({ file: file('<xml/>') })),
      'INVALID_INPUT',
    ],
    [
      'import: oversized',
      () => importAccountData(null, form({ file: file(huge.repeat(5)) })),
      'INVALID_INPUT',
    ],
    [
      'import: wrong version',
      () =>
        importAccountData(null, form({ file: file('{"format":"waymark-export","version":99}') })),
      'INVALID_INPUT',
    ],
    // deleteAccount
    ['delete: nothing typed', () => deleteAccount(null, form({})), 'INVALID_INPUT'],
    [
      'delete: the other learner’s login',
      () => deleteAccount(null, form({ confirmLogin: 'owner' })),
      'INVALID_INPUT',
    ],
    [
      'delete: huge confirmation',
      () => deleteAccount(null, form({ confirmLogin: huge })),
      'INVALID_INPUT',
    ],
  ];

  it('refuses every malformed input with a typed, explained error and changes nothing', async () => {
    harness.user = attacker;
    const before = await everything();
    for (const [name, call, code] of hostile) {
      const result = await resultOf(call);
      expect(result.ok, name).toBe(false);
      expect(result.error?.code, name).toBe(code);
      expect(result.error?.message.length, name).toBeGreaterThan(10);
      expect(result.error?.message, name).not.toMatch(/Failed query|at \w+ \(|select |insert /i);
    }
    expect(await everything()).toEqual(before);
  });

  it('refuses every action without a session, changing nothing', async () => {
    harness.user = null;
    const before = await everything();
    const anonymous: Call[] = [
      () => progressActions.setTopicStatus(null, form({ ...valid, status: 'skipped' })),
      () =>
        progressActions.resetRoadmapProgress(null, form({ roadmapId: roadmap.id, confirm: 'yes' })),
      () => progressActions.mergeBrowserProgress({ entries: [] }),
      () => saveTopicNote(null, form({ ...valid, body: 'x' })),
      () => saveProfile(null, form({ profilePublic: 'on' })),
      () => importAccountData(null, form({ file: file('{}') })),
      () => deleteAccount(null, form({ confirmLogin: 'owner' })),
    ];
    for (const call of anonymous) {
      expect(await resultOf(call)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    }
    expect(await everything()).toEqual(before);
  });

  it('lets a forged user id or the owner’s ids reach only the caller’s own rows', async () => {
    harness.user = attacker;
    const owned = async () =>
      Object.fromEntries(
        await Promise.all(
          ['progress', 'notes', 'progress_events', 'users'].map(async (table) => [
            table,
            await queryRows(
              testDatabase(),
              sql`select * from ${sql.identifier(table)} where ${sql.identifier(table === 'users' ? 'id' : 'user_id')} = ${owner.id}`,
            ),
          ]),
        ),
      );
    const before = await owned();
    const forged = { userId: owner.id, user_id: owner.id, id: owner.id };
    await progressActions.setTopicStatus(null, form({ ...valid, status: 'skipped', ...forged }));
    await progressActions.resetRoadmapProgress(
      null,
      form({ roadmapId: roadmap.id, confirm: 'yes', ...forged }),
    );
    await saveTopicNote(null, form({ ...valid, body: 'overwritten?', ...forged }));
    await saveProfile(null, form({ profilePublic: 'on', ...forged }));
    await progressActions.mergeBrowserProgress({
      userId: owner.id,
      entries: [
        { ...valid, status: 'in_progress', updatedAt: new Date().toISOString(), userId: owner.id },
      ],
    });
    expect(await owned()).toEqual(before);
  });

  it('answers hostile route requests without error and without anyone else’s data', async () => {
    harness.user = attacker;
    for (const query of [
      `progress=${'x'.repeat(5000)}`,
      'progress=../../etc/passwd&note=../x',
      `progress=${roadmap.id}&note=${topic!.id}&user=${owner.id}`,
      'progress=all&progress=backend',
    ]) {
      const response = await meRoute.GET(new NextRequest(`http://localhost/api/me?${query}`));
      expect(response.status, query).toBe(200);
      const body = await response.text();
      expect(body, query).not.toContain('the owner’s note');
      expect(body, query).not.toContain(owner.id);
    }
    const exported = await (await exportRoute.GET()).text();
    expect(exported).not.toContain(owner.id);
    expect(exported).not.toContain('the owner’s note');
    harness.user = null;
    expect((await exportRoute.GET()).status).toBe(401);
  });
});
