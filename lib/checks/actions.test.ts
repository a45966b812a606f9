import { randomUUID } from 'node:crypto';

import { sql } from 'drizzle-orm';
import { beforeEach, expect, it, vi } from 'vitest';

import { users } from '@/db/schema';
import { describeEachDriver, harness, testDatabase } from '@/testing/integration';
import { selectRows } from '@/testing/rows';
import { freezeClockAt } from '@/testing/write-limits';

import { gradeCheck, mergeBrowserAttempts } from './actions';
import { getAttempts } from './personal';
import { askedFieldsForTests, firstCheckedTopicForTests } from './testing';

// The merge judges an attempt's age against today: the attempts below are dated near this moment.
freezeClockAt('2026-12-01T10:00:10Z');

const { roadmapId, topicId, check, asked } = firstCheckedTopicForTests();
const correctOf = (question: (typeof check.questions)[number]) =>
  question.options.filter((option) => option.correct).map((option) => option.id);
const wrongOf = (question: (typeof check.questions)[number]) =>
  question.options.find((option) => !option.correct)!.id;

/**
 * A check form as the page sends it: ids, the questions asked (a first attempt's), then
 * `q.<question>` once per chosen option.
 */
function checkForm(
  answers: [string, string][],
  ids: [string, string][] = [
    ['roadmapId', roadmapId],
    ['topicId', topicId],
    ...askedFieldsForTests(asked),
  ],
) {
  const data = new FormData();
  for (const [name, value] of [...ids, ...answers]) data.append(name, value);
  return data;
}
const allCorrect = () =>
  asked.flatMap((q): [string, string][] => correctOf(q).map((id) => [`q.${q.id}`, id]));

let addresses = 0;
/**
 * An address no other test sends from, so every test has write budgets of its own (a random one
 * shared a budget with an earlier test now and then).
 */
const newAddress = () => `198.51.100.${100 + ++addresses}`;

describeEachDriver('grading knowledge checks', () => {
  let learner: string;

  const answerRows = async () =>
    selectRows(
      sql`select user_id, question_id, chosen_option_ids, correct from check_answers order by id`,
    );

  beforeEach(async () => {
    learner = randomUUID();
    await testDatabase().db.insert(users).values({ id: learner, name: 'Learner' });
    await testDatabase().db.execute(sql`delete from check_answers`);
    harness.user = { id: learner };
    harness.headers = { 'x-waymark-peer-address': newAddress() };
  });

  it('grades a learner’s answers on the server and stores one row per answered question', async () => {
    const [first, second] = asked;
    const result = await gradeCheck(
      null,
      checkForm([
        ...allCorrect().filter(([name]) => name !== `q.${first!.id}` && name !== `q.${second!.id}`),
        [`q.${first!.id}`, wrongOf(first!)],
      ]),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toMatchObject({
      roadmapId,
      topicId,
      recorded: true,
      correctCount: asked.length - 2,
      questionCount: asked.length,
    });
    expect(result.data.questions[0]).toMatchObject({
      id: first!.id,
      answered: true,
      correct: false,
    });
    expect(result.data.questions[1]).toMatchObject({
      id: second!.id,
      answered: false,
      correct: false,
    });
    // Every option comes back with its explanation once answered; a blank question, nothing.
    expect(result.data.questions[0]).toHaveProperty(
      'options',
      first!.options.map((o) => ({
        id: o.id,
        chosen: o.id === wrongOf(first!),
        correct: o.correct === true,
        explanation: o.explanation,
      })),
    );
    expect(result.data.questions[1]).toEqual({ id: second!.id, answered: false, correct: false });
    const rows = await answerRows();
    expect(rows).toHaveLength(asked.length - 1);
    expect(rows[0]).toEqual({
      user_id: learner,
      question_id: first!.id,
      chosen_option_ids: [wrongOf(first!)],
      correct: false,
    });
    expect(rows.slice(1).every((row) => row.correct === true)).toBe(true);
  });

  it('grades a visitor the same way and stores nothing', async () => {
    harness.user = null;
    const result = await gradeCheck(null, checkForm(allCorrect()));
    expect(result).toMatchObject({
      ok: true,
      data: { recorded: false, correctCount: asked.length },
    });
    expect(await answerRows()).toEqual([]);
  });

  it('keeps the latest attempt as the topic’s last result', async () => {
    await gradeCheck(
      null,
      checkForm([[`q.${check.questions[0]!.id}`, wrongOf(check.questions[0]!)]]),
    );
    // The clock is frozen: without a step, both attempts would share one time and either could
    // come first.
    const frozen = Date.now();
    vi.setSystemTime(frozen + 1000);
    try {
      await gradeCheck(null, checkForm(allCorrect()));
    } finally {
      vi.setSystemTime(frozen);
    }
    const [latest, earlier] = await getAttempts(learner, { roadmapId, topicId });
    expect(latest).toMatchObject({ passed: true, correctCount: asked.length });
    expect(earlier).toMatchObject({ passed: false, correctCount: 0 });
  });

  const single = asked.find((q) => q.kind === 'single')!;
  it.each([
    [
      'an unknown roadmap',
      checkForm(allCorrect(), [
        ['roadmapId', 'cobol'],
        ['topicId', topicId],
        ...askedFieldsForTests(asked),
      ]),
      'This topic has no knowledge check (or does not exist).',
    ],
    [
      'an unknown topic',
      checkForm(allCorrect(), [
        ['roadmapId', roadmapId],
        ['topicId', 'no-such-topic'],
        ...askedFieldsForTests(asked),
      ]),
      'This topic has no knowledge check (or does not exist).',
    ],
    [
      'an unknown question',
      checkForm([['q.no-such-question', 'a']]),
      'Question "no-such-question" is not part of this check.',
    ],
    [
      'an unknown option',
      checkForm([[`q.${single.id}`, 'no-such-option']]),
      `"no-such-option" is not an option of question "${single.id}".`,
    ],
    [
      'two answers on a single-answer question',
      checkForm([
        [`q.${single.id}`, single.options[0]!.id],
        [`q.${single.id}`, single.options[1]!.id],
      ]),
      `Question "${single.id}" takes one answer; 2 were sent.`,
    ],
    ['an empty submission', checkForm([]), 'Choose at least one answer before checking.'],
    [
      'a form that names no questions',
      checkForm(allCorrect(), [
        ['roadmapId', roadmapId],
        ['topicId', topicId],
      ]),
      'The form named no questions: reload the page and try again.',
    ],
    [
      'asking a question twice',
      checkForm(allCorrect(), [
        ['roadmapId', roadmapId],
        ['topicId', topicId],
        ...askedFieldsForTests([asked[0]!, asked[0]!]),
      ]),
      `Question "${asked[0]!.id}" was sent twice.`,
    ],
    [
      'asking a question not in the bank',
      checkForm(allCorrect(), [
        ['roadmapId', roadmapId],
        ['topicId', topicId],
        ...askedFieldsForTests(asked.slice(1)),
        ['asked', 'no-such-question'],
      ]),
      'Question "no-such-question" is not part of this check.',
    ],
    [
      'asking more questions than an attempt asks',
      checkForm(allCorrect(), [
        ['roadmapId', roadmapId],
        ['topicId', topicId],
        ...Array.from({ length: 5 }, (_, n): [string, string] => ['asked', `q${n}`]),
      ]),
      'A check asks at most 4 questions; 5 were sent.',
    ],
    [
      'an answer to a question the form did not ask',
      checkForm(allCorrect(), [
        ['roadmapId', roadmapId],
        ['topicId', topicId],
        ...askedFieldsForTests(asked.slice(1)),
      ]),
      `Question "${asked[0]!.id}" is not part of this check.`,
    ],
    [
      '10,000 repeated fields',
      checkForm(
        Array.from({ length: 10_000 }, (): [string, string] => [
          `q.${single.id}`,
          correctOf(single)[0]!,
        ]),
      ),
      'The form sent more than 48 fields; nothing was checked.',
    ],
    [
      'a forged user id',
      checkForm([...allCorrect(), ['userId', randomUUID()]]),
      '"userId" is not a field of this form.',
    ],
  ])('refuses %s with a clear message and records nothing', async (_case, data, message) => {
    const result = await gradeCheck(null, data);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message } });
    expect(await answerRows()).toEqual([]);
  });
});

describeEachDriver('merging a visitor’s results', () => {
  let learner: string;

  beforeEach(async () => {
    learner = randomUUID();
    await testDatabase().db.insert(users).values({ id: learner, name: 'Learner' });
    harness.user = { id: learner };
    harness.headers = { 'x-waymark-peer-address': newAddress() };
  });

  const attempt = (answers: Record<string, string[]>, extra: Record<string, unknown> = {}) => ({
    attemptId: randomUUID(),
    roadmapId,
    topicId,
    answeredAt: '2026-11-30T10:00:00.000Z',
    correctCount: 99, // the browser's own count is never trusted
    questionCount: check.questions.length,
    answers,
    ...extra,
  });
  const rowsOf = async () =>
    selectRows(
      sql`select question_id, correct, answered_at from check_answers where user_id = ${learner} order by id`,
    );

  it('grades each attempt again, keeps its time, ignores what no longer grades, and merges once', async () => {
    const [first, second] = check.questions;
    const good = attempt({ [first!.id]: [wrongOf(first!)], [second!.id]: correctOf(second!) });
    const future = attempt(
      { [first!.id]: correctOf(first!) },
      { answeredAt: '2099-01-01T00:00:00Z' },
    );
    const sent = [
      good,
      future,
      attempt({ 'no-such-question': ['x'] }),
      attempt({}, { topicId: 'gone' }),
      'garbage',
    ];
    const result = await mergeBrowserAttempts({ attempts: sent });
    expect(result).toEqual({ ok: true, data: { merged: 3, ignored: 3 } });
    const rows = await rowsOf();
    expect(rows.map((row) => [row.question_id, row.correct])).toEqual([
      [first!.id, false],
      [second!.id, true],
      [first!.id, true],
    ]);
    expect(new Date(String(rows[0]!.answered_at)).toISOString()).toBe('2026-11-30T10:00:00.000Z');
    expect(new Date(String(rows[2]!.answered_at)).getTime()).toBeLessThanOrEqual(Date.now());
    expect(await mergeBrowserAttempts({ attempts: sent })).toEqual({
      ok: true,
      data: { merged: 0, ignored: 3 },
    });
  });

  it('ignores an attempt dated before the last 90 days: a review history cannot be back-dated', async () => {
    const question = check.questions[0]!;
    const answers = { [question.id]: correctOf(question) };
    const result = await mergeBrowserAttempts({
      attempts: [
        attempt(answers, { answeredAt: '2001-01-01T00:00:00.000Z' }),
        attempt(answers, { answeredAt: '2026-09-02T10:00:00.000Z' }),
        attempt(answers, { answeredAt: '2026-09-02T10:01:00.000Z' }),
      ],
    });
    expect(result).toEqual({ ok: true, data: { merged: 1, ignored: 2 } });
    expect((await rowsOf()).map((row) => new Date(String(row.answered_at)).toISOString())).toEqual([
      '2026-09-02T10:01:00.000Z',
    ]);
  });

  it('refuses more attempts than a browser keeps, and a visitor', async () => {
    const many = Array.from({ length: 201 }, () => attempt({}));
    expect(await mergeBrowserAttempts({ attempts: many })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    harness.user = null;
    expect(await mergeBrowserAttempts({ attempts: [] })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(await rowsOf()).toEqual([]);
  });
});
