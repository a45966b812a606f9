import { describe, expect, it } from 'vitest';

import type { TopicCheck } from '@/lib/content/check-schema';

import { answersProblem, askedProblem, gradeAnswers } from './grade';
import { gradeInput, MAX_CHECK_FIELDS } from './input';
import { publicQuestions, shownPrompt } from './public';

const check: TopicCheck = {
  questions: [
    {
      id: 'status',
      kind: 'single',
      prompt: 'What is wrong with a 200 carrying an error?',
      options: [
        { id: 'fine', text: 'Nothing.', explanation: 'Clients read the status first.' },
        {
          id: 'lies',
          text: 'The status lies.',
          correct: true,
          explanation: 'The code is the outcome.',
        },
        { id: 'json', text: 'JSON is not allowed.', explanation: 'Any status may carry JSON.' },
      ],
    },
    {
      id: 'parts',
      kind: 'multiple',
      prompt: 'Which are parts of a response?',
      options: [
        {
          id: 'code',
          text: 'A status code',
          correct: true,
          explanation: 'Every response has one.',
        },
        { id: 'method', text: 'A method', explanation: 'That belongs to the request.' },
        { id: 'headers', text: 'Headers', correct: true, explanation: 'Metadata travels there.' },
      ],
    },
    {
      id: 'idempotent',
      kind: 'single',
      prompt: 'Which method is idempotent?',
      options: [
        { id: 'post', text: 'POST', explanation: 'Two POSTs may create two things.' },
        { id: 'patch', text: 'PATCH', explanation: 'Not necessarily.' },
        { id: 'put', text: 'PUT', correct: true, explanation: 'PUT sets the same state twice.' },
      ],
    },
  ],
};

const answers = (entries: Record<string, string[]>) => new Map(Object.entries(entries));
const all = ['status', 'parts', 'idempotent'];

describe('publicQuestions', () => {
  it('keeps prompts and option texts and drops every correct flag and explanation', () => {
    const shown = JSON.stringify(publicQuestions(check));
    expect(shown).toContain('The status lies.');
    expect(shown).not.toContain('correct');
    expect(shown).not.toContain('explanation');
    expect(shown).not.toContain('The code is the outcome.');
  });
});

describe('shownPrompt', () => {
  it.each([
    ['Which are parts of a response? Select all that apply.', 'Which are parts of a response?'],
    ['Which are parts? (select all that apply)', 'Which are parts?'],
    ['Which are parts?', 'Which are parts?'],
  ])('leaves the select-all hint to the form: %j', (prompt, shown) => {
    expect(shownPrompt({ kind: 'multiple', prompt })).toBe(shown);
  });

  it('keeps a single-answer prompt whole', () => {
    const prompt = 'Do you select all that apply?';
    expect(shownPrompt({ kind: 'single', prompt })).toBe(prompt);
  });
});

describe('gradeAnswers', () => {
  it('marks a question correct only when exactly its correct options are chosen', () => {
    const grade = gradeAnswers(
      check,
      answers({ status: ['lies'], parts: ['code'], idempotent: ['put'] }),
      all,
    );
    expect(grade.questions.map((q) => [q.id, q.answered, q.correct])).toEqual([
      ['status', true, true],
      ['parts', true, false],
      ['idempotent', true, true],
    ]);
    expect(grade).toMatchObject({ correctCount: 2, questionCount: 3 });
    expect(grade.questions[1]).toHaveProperty('options', [
      { id: 'code', chosen: true, correct: true, explanation: 'Every response has one.' },
      { id: 'method', chosen: false, correct: false, explanation: 'That belongs to the request.' },
      { id: 'headers', chosen: false, correct: true, explanation: 'Metadata travels there.' },
    ]);
  });

  it('grades exactly the questions asked, in the order asked', () => {
    const grade = gradeAnswers(check, answers({ idempotent: ['put'] }), ['idempotent', 'status']);
    expect(grade.questions.map((q) => q.id)).toEqual(['idempotent', 'status']);
    expect(grade).toMatchObject({ correctCount: 1, questionCount: 2 });
  });

  it('counts an unanswered question as not answered and not correct', () => {
    const grade = gradeAnswers(check, answers({ status: ['lies'] }), all);
    expect(grade.questions.map((q) => [q.answered, q.correct])).toEqual([
      [true, true],
      [false, false],
      [false, false],
    ]);
    expect(grade.correctCount).toBe(1);
  });

  it('reveals nothing of a blank question: no correct option, no explanation', () => {
    const grade = gradeAnswers(check, answers({ status: ['lies'] }), all);
    expect(grade.questions[1]).toEqual({ id: 'parts', answered: false, correct: false });
    const sent = JSON.stringify(grade);
    for (const blank of check.questions.slice(1))
      for (const option of blank.options) expect(sent).not.toContain(option.explanation);
  });
});

describe('answersProblem', () => {
  it.each([
    [{}, 'Choose at least one answer before checking.'],
    [{ nope: ['x'] }, 'Question "nope" is not part of this check.'],
    [{ status: ['maybe'] }, '"maybe" is not an option of question "status".'],
    [{ status: ['lies', 'json'] }, 'Question "status" takes one answer; 2 were sent.'],
    [{ parts: ['code', 'code'] }, 'Question "parts" received the same option twice.'],
  ])('refuses %j', (sent, message) => {
    expect(answersProblem(check, answers(sent), all)).toBe(message);
  });

  it('accepts a partial submission and several answers on a select-all question', () => {
    expect(answersProblem(check, answers({ parts: ['code', 'headers'] }), all)).toBeUndefined();
  });

  it('shows only the start of a huge forged id', () => {
    const problem = answersProblem(check, answers({ ['x'.repeat(10_000)]: ['a'] }), all);
    expect(problem!.length).toBeLessThan(120);
  });
});

describe('askedProblem', () => {
  it.each([
    [[], 'The form named no questions: reload the page and try again.'],
    [['status', 'nope'], 'Question "nope" is not part of this check.'],
    [['status', 'status'], 'Question "status" was sent twice.'],
    [['status', 'parts', 'idempotent'], 'A check asks at most 2 questions; 3 were sent.'],
  ])('refuses asking %j', (asked, message) => {
    expect(askedProblem(check, asked, 2)).toBe(message);
  });

  it('accepts questions of the bank, each once, up to the limit', () => {
    expect(askedProblem(check, ['idempotent', 'status'], 2)).toBeUndefined();
  });

  it('refuses an answer to a question the form did not ask', () => {
    expect(answersProblem(check, answers({ parts: ['code'] }), ['status'])).toBe(
      'Question "parts" is not part of this check.',
    );
  });
});

describe('gradeInput', () => {
  const parse = (entries: [string, FormDataEntryValue][]) => gradeInput.safeParse(entries);
  const base: [string, string][] = [
    ['roadmapId', 'backend'],
    ['topicId', 'http'],
  ];

  it('collects every value of a repeated answer field', () => {
    const result = parse([
      ...base,
      ['q.parts', 'code'],
      ['q.parts', 'headers'],
      ['q.status', 'lies'],
      ['asked', 'status'],
      ['asked', 'parts'],
    ]);
    expect(result.success && result.data).toEqual({
      roadmapId: 'backend',
      topicId: 'http',
      asked: ['status', 'parts'],
      answers: new Map([
        ['parts', ['code', 'headers']],
        ['status', ['lies']],
      ]),
    });
  });

  it('refuses 10,000 repeated fields before reading them', () => {
    const flood = Array.from({ length: 10_000 }, (): [string, string] => ['q.status', 'lies']);
    const result = parse([...base, ...flood]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      `The form sent more than ${MAX_CHECK_FIELDS} fields; nothing was checked.`,
    );
  });

  it('refuses a field the form does not have, such as a forged user id, by name', () => {
    const result = parse([...base, ['userId', 'someone-else'], ['q.status', 'lies']]);
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['userId'], '"userId" is not a field of this form.'],
    ]);
  });

  it('refuses missing, repeated or file ids', () => {
    const result = parse([
      ['roadmapId', 'a'],
      ['roadmapId', 'b'],
      ['q.status', new File(['x'], 'x.txt')],
    ]);
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'q.status must be text, not a file.',
      'roadmapId was sent 2 times.',
      'topicId is missing.',
    ]);
  });
});
