/**
 * An import obeys the rules of the forms that write the same data: check answers are graded again
 * on the server (a file's "correct" is never trusted), attempts and logged time name topics that
 * exist, and plan dates lie within the plan form's bounds. A file that breaks any rule is refused
 * whole, and nothing changes.
 */
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';

import { getAttempts } from '@/lib/checks/personal';
import { firstCheckedTopicForTests } from '@/lib/checks/testing';
import { describeEachDriver, harness, signInNewLearnerEachTest } from '@/testing/integration';
import { form } from '@/testing/requests';
import { countRows, selectRows } from '@/testing/rows';
import { freezeClockAt } from '@/testing/write-limits';

import { importAccountData } from './actions';

freezeClockAt('2026-12-01T10:00:10Z');

const { roadmapId, topicId, check, asked } = firstCheckedTopicForTests();

const answer = (fields: Record<string, unknown>) => ({
  attemptId: 'attempt-1',
  roadmapId,
  topicId,
  correct: true,
  answeredAt: '2026-11-20T10:00:00.000Z',
  ...fields,
});
const planVersion = (fields: Record<string, unknown> = {}) => ({
  roadmapId,
  startsOn: '2026-11-02',
  minutesPerWeek: 240,
  studyDays: 0b11111,
  targetDate: '2027-06-30',
  createdAt: '2026-11-02T08:00:00.000Z',
  ...fields,
});

const importing = (parts: { checkAnswers?: object[]; versions?: object[]; time?: object[] }) =>
  importAccountData(
    null,
    form({
      file: new File(
        [
          JSON.stringify({
            format: 'waymark-export',
            version: 3,
            exportedAt: '2026-11-30T10:00:00.000Z',
            profile: { name: null, login: null, timeZone: null, createdAt: '2026-01-01T00:00:00Z' },
            progress: [],
            history: [],
            checkAnswers: parts.checkAnswers ?? [],
            plans: { versions: parts.versions ?? [], time: parts.time ?? [] },
          }),
        ],
        'export.json',
      ),
    }),
  );

describeEachDriver('an import obeys the forms’ rules', () => {
  signInNewLearnerEachTest();

  const rowsOfLearner = (table: string) =>
    countRows(table, sql`user_id = ${harness.user!.id}`) as Promise<number>;

  /** The file is refused with `message` and the account holds none of it. */
  async function expectRefused(result: Awaited<ReturnType<typeof importing>>, message: string) {
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message } });
    for (const table of ['check_answers', 'time_log', 'study_plan_versions'])
      expect(await rowsOfLearner(table), table).toBe(0);
  }

  it('refuses invented questions claimed correct: they never become a passed check', async () => {
    const invented = ['q1', 'q2', 'q3', 'q4'].map((questionId) =>
      answer({ questionId, chosenOptionIds: ['a'] }),
    );
    await expectRefused(
      await importing({ checkAnswers: invented }),
      'checkAnswers[0] cannot be graded: Question "q1" is not part of this check.',
    );
    expect(await getAttempts(harness.user!.id)).toEqual([]);
  });

  it('grades imported answers again: a wrong option claimed correct is stored as wrong', async () => {
    const claimed = asked.map((question) =>
      answer({
        questionId: question.id,
        chosenOptionIds: [question.options.find((option) => !option.correct)!.id],
      }),
    );
    expect(await importing({ checkAnswers: claimed })).toMatchObject({ ok: true });
    const stored = await selectRows(
      sql`select correct from check_answers where user_id = ${harness.user!.id}`,
    );
    expect(stored.map((row) => row.correct)).toEqual(asked.map(() => false));
    expect(await getAttempts(harness.user!.id)).toMatchObject([{ passed: false, correctCount: 0 }]);
  });

  it('refuses answers on a topic that does not exist', async () => {
    const question = check.questions[0]!;
    await expectRefused(
      await importing({
        checkAnswers: [
          answer({
            topicId: 'no-such-topic',
            questionId: question.id,
            chosenOptionIds: [question.options[0]!.id],
          }),
        ],
      }),
      'checkAnswers[0] cannot be graded: This topic has no knowledge check (or does not exist).',
    );
  });

  it('refuses logged time on a topic that does not exist', async () => {
    await expectRefused(
      await importing({
        time: [{ roadmapId, topicId: 'no-such-topic', day: '2026-11-20', minutes: 30 }],
      }),
      'plans.time[0].topicId names a topic this Waymark does not have',
    );
  });

  it('refuses a target date the plan form refuses', async () => {
    for (const targetDate of ['9999-12-31', '2031-11-03', '2026-11-01']) {
      await expectRefused(
        await importing({ versions: [planVersion({ targetDate })] }),
        'plans.versions[0].targetDate is not between the day the plan starts (2026-11-02) and 5 years after it',
      );
    }
    expect(
      await importing({ versions: [planVersion({ targetDate: '2031-11-02' })] }),
    ).toMatchObject({ ok: true });
  });

  it('refuses a plan created before 2000 or after today', async () => {
    for (const createdAt of ['0001-01-01T00:00:00Z', '2026-12-03T00:00:00Z']) {
      await expectRefused(
        await importing({ versions: [planVersion({ createdAt })] }),
        'plans.versions[0].createdAt is not a date between 2000-01-01 and today',
      );
    }
  });
});
