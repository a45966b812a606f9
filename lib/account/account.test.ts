import { randomUUID } from 'node:crypto';

import { sql } from 'drizzle-orm';
import { beforeEach, expect, it } from 'vitest';

import { accounts, sessions, users } from '@/db/schema';
import { gradeCheck } from '@/lib/checks/actions';
import { firstCheckedTopicForTests } from '@/lib/checks/testing';
import { createCohort } from '@/lib/cohorts/actions';
import { findTopic, getRoadmaps } from '@/lib/content';
import { saveTopicNote } from '@/lib/notes/actions';
import { logStudyTime, regenerateCalendarFeed, setStudyPlan } from '@/lib/plan/actions';
import { saveProfile } from '@/lib/profile/actions';
import { setTopicStatus } from '@/lib/progress/actions';
import { describeEachDriver, harness, testDatabase } from '@/testing/integration';
import { form } from '@/testing/requests';
import { useRetiredTopics } from '@/testing/retired-topics';
import { selectRows } from '@/testing/rows';

import { deleteAccount, importAccountData } from './actions';
import { getAccountExport } from './queries';

const roadmap = getRoadmaps()[0]!;
const [topicA, topicB] = roadmap.steps.flatMap((step) => step.topics);

/** Answers the first question of the first topic with a check, correctly. */
async function answerACheck() {
  const { roadmapId, topicId, check } = firstCheckedTopicForTests();
  const question = check.questions[0]!;
  const correct = question.options.find((option) => option.correct)!;
  const result = await gradeCheck(
    null,
    form({ roadmapId, topicId, asked: question.id, [`q.${question.id}`]: correct.id }),
  );
  expect(result).toMatchObject({ ok: true, data: { recorded: true } });
}

const checkedTitle = (() => {
  const { roadmapId, topicId } = firstCheckedTopicForTests();
  return findTopic(roadmapId, topicId)!.topic.title;
})();

const fileOf = (content: unknown) =>
  new File([typeof content === 'string' ? content : JSON.stringify(content)], 'export.json');

describeEachDriver('account data', (driver) => {
  useRetiredTopics(roadmap.id, ['a-retired-topic']);

  async function newLearner(login: string) {
    const id = randomUUID();
    const db = testDatabase().db;
    await db.insert(users).values({ id, name: login, login });
    await db
      .insert(accounts)
      .values({ userId: id, type: 'oauth', provider: 'github', providerAccountId: randomUUID() });
    await db
      .insert(sessions)
      .values({ sessionToken: randomUUID(), userId: id, expires: new Date(Date.now() + 60_000) });
    harness.user = { id, login };
    return id;
  }

  /** Rows holding this learner's id, in every table of the schema that has a user column. */
  async function rowsOf(userId: string) {
    const tables = await selectRows(
      sql`select table_name from information_schema.columns where table_schema = 'public' and column_name = 'user_id'`,
    );
    expect(tables.length).toBeGreaterThanOrEqual(4);
    let total = (
      await selectRows(sql`select count(*)::int as n from users where id = ${userId}`)
    )[0]!.n as number;
    for (const { table_name } of tables) {
      const [row] = await selectRows(
        sql`select count(*)::int as n from ${sql.identifier(String(table_name))} where user_id = ${userId}`,
      );
      total += row!.n as number;
    }
    return total;
  }

  beforeEach(() => {
    harness.user = null;
  });

  it('exports, deletes every row of the learner, and imports the export into a new account', async () => {
    const first = await newLearner(`mona-${driver}`);
    await setTopicStatus(
      null,
      form({ roadmapId: roadmap.id, topicId: topicA!.id, status: 'done' }),
    );
    await setTopicStatus(
      null,
      form({ roadmapId: roadmap.id, topicId: topicB!.id, status: 'in_progress' }),
    );
    await saveTopicNote(
      null,
      form({ roadmapId: roadmap.id, topicId: topicA!.id, body: 'Remember **this**.' }),
    );
    await saveProfile(null, form({ profilePublic: 'on', displayName: 'Mona L.' }));
    await answerACheck();
    await setStudyPlan(null, form({ roadmapId: roadmap.id, hoursPerWeek: '4', day6: 'on' }));
    await logStudyTime(null, form({ roadmapId: roadmap.id, topicId: topicB!.id, minutes: '45' }));
    await expect(
      createCohort(null, form({ name: 'Evening group', roadmapId: roadmap.id })),
    ).rejects.toMatchObject({ url: expect.stringMatching(/^\/cohorts\/[0-9a-f-]{36}$/) });
    const feed = await regenerateCalendarFeed(null, new FormData());
    const feedToken = feed.ok ? feed.data!.url.split('/').at(-1)!.slice(0, -4) : 'none';
    const exported = await getAccountExport(first);
    expect(exported).toMatchObject({
      format: 'waymark-export',
      version: 3,
      plans: {
        versions: [
          { roadmapId: roadmap.id, minutesPerWeek: 240, studyDays: 0b100000, targetDate: null },
        ],
        time: [{ roadmapId: roadmap.id, topicId: topicB!.id, minutes: 45 }],
      },
      profile: { login: `mona-${driver}` },
      settings: { profilePublic: true, showNotes: false, displayName: 'Mona L.' },
      notes: [{ roadmapId: roadmap.id, topicId: topicA!.id, body: 'Remember **this**.' }],
    });
    // The learner's own place in each cohort, nothing of anyone else in it.
    expect(exported!.cohorts).toEqual([
      {
        name: 'Evening group',
        roadmapId: roadmap.id,
        role: 'owner',
        joinedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        archivedAt: null,
        sharesChecks: false,
        sharesTime: false,
        sharesWithMembers: false,
      },
    ]);
    expect(exported!.progress).toHaveLength(2);
    expect(exported!.history).toHaveLength(2);
    expect(exported!.checkAnswers).toMatchObject([
      { correct: true, chosenOptionIds: [expect.any(String)] },
    ]);
    // The feed's token (and its hash) never leave in a file.
    const hash = await selectRows(sql`select token_hash from calendar_feeds`);
    expect(JSON.stringify(exported)).not.toContain(feedToken);
    expect(JSON.stringify(exported)).not.toContain(String(hash[0]!.token_hash));

    expect(await deleteAccount(null, form({ confirmLogin: 'someone-else' }))).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await rowsOf(first)).toBeGreaterThan(0);
    await expect(
      deleteAccount(null, form({ confirmLogin: `MONA-${driver}` })),
    ).rejects.toMatchObject({ url: '/goodbye' });
    expect(await rowsOf(first)).toBe(0);

    const second = await newLearner(`mona-${driver}`);
    const result = await importAccountData(null, form({ file: fileOf(exported) }));
    expect(result).toEqual({
      ok: true,
      data: {
        merged: 2,
        entries: 2,
        notesMerged: 1,
        notes: 1,
        projectsMerged: 0,
        projects: 0,
        checklistsMerged: 0,
        checklists: 0,
        planRowsMerged: 2,
        planRows: 2,
        // The summary lists the check results it imported, graded again.
        checkResults: {
          attempts: 1,
          stored: 1,
          latest: [{ title: checkedTitle, correct: 1, questions: 1 }],
        },
        // Listed, never imported: a cohort is joined through its owner's invite.
        cohorts: 1,
      },
    });
    expect(
      await selectRows(
        sql`select count(*)::int as n from cohort_members where user_id = ${second}`,
      ),
    ).toEqual([{ n: 0 }]);
    const restored = await getAccountExport(second);
    expect(restored!.notes).toEqual(exported!.notes);
    expect(restored!.checkAnswers).toEqual(exported!.checkAnswers);
    expect(restored!.plans).toEqual(exported!.plans);
    // Importing the same file again adds no answer twice, and merges no plan row more: time keeps
    // the larger total per day.
    expect(await importAccountData(null, form({ file: fileOf(exported) }))).toMatchObject({
      ok: true,
      data: { planRowsMerged: 0 },
    });
    expect((await getAccountExport(second))!.checkAnswers).toHaveLength(1);
    expect((await getAccountExport(second))!.plans).toEqual(exported!.plans);
    // No feed comes back with an import: the learner makes a new link.
    expect(await selectRows(sql`select 1 from calendar_feeds where user_id = ${second}`)).toEqual(
      [],
    );
    // A file never makes a profile public: settings stay as the account has them.
    expect(restored!.settings).toEqual({
      profilePublic: false,
      showNotes: false,
      displayName: null,
    });
    expect(
      restored!.progress
        .map(({ topicId, status, updatedAt }) => ({ topicId, status, updatedAt }))
        .sort((a, b) => a.topicId.localeCompare(b.topicId)),
    ).toEqual(
      exported!.progress
        .map(({ topicId, status, updatedAt }) => ({ topicId, status, updatedAt }))
        .sort((a, b) => a.topicId.localeCompare(b.topicId)),
    );
    expect(restored!.history.map((e) => e.source)).toEqual(['import', 'import']);
  });

  it('imports version 1 files, and keeps the newer of two notes on a topic', async () => {
    const id = await newLearner(`v1-${driver}`);
    await saveTopicNote(null, form({ roadmapId: roadmap.id, topicId: topicA!.id, body: 'newer' }));
    const current = await getAccountExport(id);
    const v1 = {
      ...current,
      version: 1,
      notes: undefined,
      settings: undefined,
      checkAnswers: undefined,
    };
    expect(await importAccountData(null, form({ file: fileOf(v1) }))).toMatchObject({ ok: true });
    const v2 = { ...current, version: 2, checkAnswers: undefined };
    expect(await importAccountData(null, form({ file: fileOf(v2) }))).toMatchObject({ ok: true });
    const older = {
      ...current,
      notes: [
        { ...current!.notes[0], body: 'older', updatedAt: '2020-01-01T00:00:00Z' },
        {
          roadmapId: roadmap.id,
          topicId: 'a-retired-topic',
          body: 'kept',
          updatedAt: '2020-01-01T00:00:00Z',
        },
      ],
    };
    expect(await importAccountData(null, form({ file: fileOf(older) }))).toMatchObject({
      ok: true,
      data: { notesMerged: 1, notes: 2 },
    });
    expect((await getAccountExport(id))!.notes.map((note) => note.body).sort()).toEqual([
      'kept',
      'newer',
    ]);
  });

  it('refuses an invalid file as a whole, saying what is wrong, and changes nothing', async () => {
    const id = await newLearner(`bad-${driver}`);
    await setTopicStatus(
      null,
      form({ roadmapId: roadmap.id, topicId: topicA!.id, status: 'done' }),
    );
    const good = await getAccountExport(id);
    const before = await getAccountExport(id);
    const cases: [unknown, RegExp][] = [
      ['not json', /not JSON/],
      [{ ...good, version: 7 }, /^version is not 1, 2 or 3/],
      [
        { ...good, notes: [{ ...good!.progress[0], body: 'x'.repeat(10_001) }] },
        /^notes\[0\]\.body is longer than 10000/,
      ],
      [
        {
          ...good,
          notes: [
            { ...good!.progress[0], body: 'one' },
            { ...good!.progress[0], body: 'two' },
          ],
        },
        /^notes\[1\] repeats the note/,
      ],
      [
        { ...good, progress: [...good!.progress, { ...good!.progress[0], status: 'finished' }] },
        /^progress\[1\]\.status/,
      ],
      [
        { ...good, progress: [{ ...good!.progress[0], roadmapId: 'cobol' }] },
        /unknown roadmap "cobol"/,
      ],
      ['', /empty/],
    ];
    for (const [content, message] of cases) {
      const result = await importAccountData(null, form({ file: fileOf(content) }));
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      expect(!result.ok && result.error.message).toMatch(message);
    }
    expect(await importAccountData(null, form({}))).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(
      await importAccountData(null, form({ file: fileOf('x'.repeat(1_000_000)) })),
    ).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/larger than/) },
    });
    expect({ ...(await getAccountExport(id)), exportedAt: '' }).toEqual({
      ...before,
      exportedAt: '',
    });
  });

  it('refuses both actions without a session', async () => {
    expect(await importAccountData(null, form({ file: fileOf('{}') }))).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(await deleteAccount(null, form({ confirmLogin: 'x' }))).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });
});
