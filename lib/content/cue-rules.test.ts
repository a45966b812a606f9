import { describe, expect, it } from 'vitest';

import type { CheckOption, CheckQuestion } from './check-schema';
import { cueFigures, cueProblems, hasAbsoluteWord, lengthRank } from './cue-rules';

let ids = 0;
const option = (text: string, correct: boolean): CheckOption => ({
  id: `o${++ids}`,
  text,
  explanation: 'Why.',
  ...(correct ? { correct: true as const } : {}),
});

/** A single-answer question of four options of distinct lengths; its answer has `rank` (1 = longest). */
function single(rank: number): CheckQuestion {
  const lengths = [40, 30, 20, 10];
  return {
    id: `q${++ids}`,
    kind: 'single',
    prompt: 'Which?',
    options: lengths.map((length, index) => option('x'.repeat(length), index === rank - 1)),
  };
}

/** A select-all question with `correct` right and `wrong` wrong options, the first `absolute` of each with "always". */
function selectAll(
  correct: number,
  wrong: number,
  absolute: { right?: number; wrong?: number } = {},
): CheckQuestion {
  const text = (index: number, marked: number | undefined) =>
    index < (marked ?? 0) ? `It always holds ${index}` : `It holds ${index}`;
  return {
    id: `q${++ids}`,
    kind: 'multiple',
    prompt: 'Which?',
    options: [
      ...Array.from({ length: correct }, (_, n) => option(text(n, absolute.right), true)),
      ...Array.from({ length: wrong }, (_, n) => option(text(n, absolute.wrong), false)),
    ],
  };
}

/** Questions with the answers at these length ranks, `count` of each. */
const singles = (counts: Record<number, number>) =>
  Object.entries(counts).flatMap(([rank, count]) =>
    Array.from({ length: count }, () => single(Number(rank))),
  );

const problemsOf = (questions: CheckQuestion[]) => cueProblems(cueFigures(questions));

describe('length rank: no rank holds the answer in more than 35 % of single-answer questions', () => {
  it('passes at 35 %', () => {
    expect(problemsOf(singles({ 1: 7, 2: 7, 3: 6 }))).toEqual([]);
  });

  it('fails when the longest option is the answer in 40 %', () => {
    expect(problemsOf(singles({ 1: 8, 2: 6, 3: 6 }))).toEqual([
      expect.stringContaining('the answer is the longest option in 40.0 %'),
    ]);
  });

  it('fails when the second longest wins in 40 %', () => {
    expect(problemsOf(singles({ 1: 6, 2: 8, 3: 6 }))).toEqual([
      expect.stringContaining('the answer is the 2nd longest option in 40.0 %'),
    ]);
  });

  it('fails when the shortest wins in 40 %, and passes at 35 %', () => {
    expect(problemsOf(singles({ 1: 6, 2: 6, 4: 8 }))).toEqual([
      expect.stringContaining('the answer is the 4th longest option in 40.0 %'),
      expect.stringContaining('the answer is the shortest option in 40.0 %'),
    ]);
    expect(problemsOf(singles({ 1: 7, 2: 6, 4: 7 }))).toEqual([]);
  });

  it('ranks ties together, so equal lengths never hide the longest answer', () => {
    const tied: CheckQuestion = {
      id: 'tied',
      kind: 'single',
      prompt: 'Which?',
      options: [option('same length', false), option('same-length', true), option('short', false)],
    };
    expect(lengthRank(tied)).toBe(1);
    expect(lengthRank(tied, true)).toBe(2);
  });
});

describe('select-all: at least 80 % of questions have two or more wrong options', () => {
  const correct = [1, 1, 1, 1, 2, 2, 2, 2, 3, 3];

  it('passes at 80 %', () => {
    expect(problemsOf(correct.map((c, n) => selectAll(c, n < 8 ? 2 : 1)))).toEqual([]);
  });

  it('fails at 70 %', () => {
    expect(problemsOf(correct.map((c, n) => selectAll(c, n < 7 ? 2 : 1)))).toEqual([
      expect.stringContaining('only 70.0 % of select-all questions have two or more wrong options'),
    ]);
  });
});

describe('select-all: 30–60 % of options are correct', () => {
  it('passes at 60 % and fails above it', () => {
    const atMost = [2, 2, 2, 3, 3, 3, 4, 4, 4, 3];
    expect(problemsOf(atMost.map((c) => selectAll(c, 2)))).toEqual([]);
    const over = [2, 2, 2, 3, 3, 3, 4, 4, 4, 4];
    expect(problemsOf(over.map((c) => selectAll(c, 2)))).toEqual([
      expect.stringContaining('60.8 % of select-all options are correct'),
    ]);
  });

  it('passes at 30 % and fails below it', () => {
    const wrong = [4, 4, 4, 4, 4, 4, 4, 4, 5, 5];
    const atLeast = [1, 1, 1, 2, 2, 2, 2, 2, 2, 3];
    expect(problemsOf(atLeast.map((c, n) => selectAll(c, wrong[n]!)))).toEqual([]);
    const under = [1, 1, 1, 1, 2, 2, 2, 2, 2, 3];
    expect(problemsOf(under.map((c, n) => selectAll(c, wrong[n]!)))).toEqual([
      expect.stringContaining('28.8 % of select-all options are correct'),
    ]);
  });
});

describe('select-all: the number of correct options varies (one count in at most 60 %)', () => {
  it('passes at 60 % and fails at 70 %', () => {
    const varied = [2, 2, 2, 2, 2, 2, 1, 1, 1, 1];
    expect(problemsOf(varied.map((c) => selectAll(c, 2)))).toEqual([]);
    const same = [2, 2, 2, 2, 2, 2, 2, 1, 1, 1];
    expect(problemsOf(same.map((c) => selectAll(c, 2)))).toEqual([
      expect.stringContaining('70.0 % of select-all questions have the same number of correct options'),
    ]);
  });
});

describe('absolute words: no more common in wrong options than in right ones', () => {
  // 16 right and 20 wrong options, correct counts varied.
  const counts = [2, 2, 2, 2, 2, 2, 1, 1, 1, 1];
  const marked = (wrongMarked: number) =>
    counts.map((c, n) => selectAll(c, 2, { right: n < 4 ? 1 : 0, wrong: n < wrongMarked ? 1 : 0 }));

  it('passes when they are as common in both (25 %)', () => {
    expect(cueFigures(marked(5))).toMatchObject({ absoluteInWrong: 0.25, absoluteInRight: 0.25 });
    expect(problemsOf(marked(5))).toEqual([]);
  });

  it('fails when wrong options hold more of them', () => {
    expect(problemsOf(marked(6))).toEqual([
      expect.stringContaining('absolute words (always, never, only, all, every, must) are in 30.0 %'),
    ]);
  });

  it('matches whole words only, whatever their case', () => {
    expect(['All of it', 'it must', 'NEVER', 'only once'].map(hasAbsoluteWord)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['allow it', 'everywhere', 'mustard', 'onlyfans'].map(hasAbsoluteWord)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
