/**
 * Every server action and route handler, called with malformed, oversized, wrong-typed, missing
 * and forged input, without a session, and against another learner: each answer is a typed error
 * with a clear message, and the database is exactly as before (every row of every table).
 */
import { randomUUID } from 'node:crypto';

import { sql } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { beforeAll, expect, it } from 'vitest';

import * as exportRoute from '@/app/api/export/route';
import * as meRoute from '@/app/api/me/route';
import { accounts, notes, progress, sessions, users } from '@/db/schema';
import { deleteAccount, importAccountData } from '@/lib/account/actions';
import { getRoadmaps } from '@/lib/content';
import { saveTopicNote } from '@/lib/notes/actions';
import { saveProfile } from '@/lib/profile/actions';
import * as progressActions from '@/lib/progress/actions';
import { describeEachDriver, harness, testDatabase } from '@/testing/integration';
import { form } from '@/testing/requests';
import { selectRows } from '@/testing/rows';

harness.headers = { 'x-forwarded-for': '192.0.2.1' };

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

describeEachDriver('hostile input', () => {
  const owner = { id: randomUUID(), login: 'owner' };
  const attacker = { id: randomUUID(), login: 'attacker' };

  /** Every row of every table the app keeps, except write counters (which count every try). */
  async function everything() {
    const tables = await selectRows(
      sql`select table_name from information_schema.tables where table_schema = 'public' and table_name <> 'rate_limits' order by 1`,
    );
    const rows: Record<string, unknown[]> = {};
    for (const { table_name } of tables) {
      rows[String(table_name)] = await selectRows(
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

  // Every one of these is refused as invalid input.
  const hostile: [string, Call][] = [
    // setTopicStatus
    ['status: nothing', () => progressActions.setTopicStatus(null, form({}))],
    [
      'status: unknown status',
      () => progressActions.setTopicStatus(null, form({ ...valid, status: 'finished' })),
    ],
    [
      'status: huge topic id',
      () => progressActions.setTopicStatus(null, form({ ...valid, topicId: huge, status: 'done' })),
    ],
    [
      'status: a file as the status',
      () => progressActions.setTopicStatus(null, form({ ...valid, status: file('done') })),
    ],
    [
      'status: unknown roadmap',
      () =>
        progressActions.setTopicStatus(
          null,
          form({ ...valid, roadmapId: '../etc', status: 'done' }),
        ),
    ],
    // resetRoadmapProgress
    [
      'reset: not confirmed',
      () => progressActions.resetRoadmapProgress(null, form({ roadmapId: roadmap.id })),
    ],
    [
      'reset: unknown roadmap',
      () =>
        progressActions.resetRoadmapProgress(null, form({ roadmapId: 'cobol', confirm: 'yes' })),
    ],
    // mergeBrowserProgress
    ['merge: a string', () => progressActions.mergeBrowserProgress('all of it')],
    [
      'merge: entries not a list',
      () => progressActions.mergeBrowserProgress({ entries: { a: 1 } }),
    ],
    [
      'merge: 501 entries',
      () => progressActions.mergeBrowserProgress({ entries: Array(501).fill({}) }),
    ],
    ['merge: null', () => progressActions.mergeBrowserProgress(null)],
    // saveTopicNote
    ['note: missing body', () => saveTopicNote(null, form(valid))],
    [
      'note: 10,001 characters',
      () => saveTopicNote(null, form({ ...valid, body: 'x'.repeat(10_001) })),
    ],
    ['note: a file as the body', () => saveTopicNote(null, form({ ...valid, body: file('hi') }))],
    ['note: a NUL byte', () => saveTopicNote(null, form({ ...valid, body: 'a\0b' }))],
    [
      'note: lists nested 4,999 deep',
      () => saveTopicNote(null, form({ ...valid, body: `${'- '.repeat(4_999)}a` })),
    ],
    [
      'note: unknown topic',
      () => saveTopicNote(null, form({ ...valid, topicId: 'nope', body: 'x' })),
    ],
    // saveProfile
    ['profile: forged checkbox value', () => saveProfile(null, form({ profilePublic: 'true' }))],
    ['profile: 61-character name', () => saveProfile(null, form({ displayName: 'x'.repeat(61) }))],
    [
      'profile: direction override in name',
      () => saveProfile(null, form({ displayName: 'a\u202Eb' })),
    ],
    ['profile: a file as the name', () => saveProfile(null, form({ displayName: file('x') }))],
    // importAccountData
    ['import: no file', () => importAccountData(null, form({}))],
    ['import: text instead of a file', () => importAccountData(null, form({ file: '{}' }))],
    ['import: not JSON', () => importAccountData(null, form({ file: file('<xml/>') }))],
    ['import: oversized', () => importAccountData(null, form({ file: file(huge.repeat(5)) }))],
    [
      'import: wrong version',
      () =>
        importAccountData(null, form({ file: file('{"format":"waymark-export","version":99}') })),
    ],
    // deleteAccount
    ['delete: nothing typed', () => deleteAccount(null, form({}))],
    [
      'delete: the other learner’s login',
      () => deleteAccount(null, form({ confirmLogin: 'owner' })),
    ],
    ['delete: huge confirmation', () => deleteAccount(null, form({ confirmLogin: huge }))],
  ];

  it('refuses every malformed input with a typed, explained error and changes nothing', async () => {
    harness.user = attacker;
    const before = await everything();
    for (const [name, call] of hostile) {
      const result = await resultOf(call);
      expect(result.ok, name).toBe(false);
      expect(result.error?.code, name).toBe('INVALID_INPUT');
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
            await selectRows(
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
