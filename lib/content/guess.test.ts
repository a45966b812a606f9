import { describe, expect, it } from 'vitest';

import type { CheckOption, CheckQuestion } from './check-schema';
import { CUED_MARGIN, cuedStrategies, guessScores } from './guess';

let ids = 0;
const option = (text: string, correct = false): CheckOption => ({
  id: `o${++ids}`,
  text,
  explanation: 'Why.',
  ...(correct ? { correct: true as const } : {}),
});
const question = (kind: CheckQuestion['kind'], options: CheckOption[]): CheckQuestion => ({
  id: `q${++ids}`,
  kind,
  prompt: 'Which?',
  options,
});

/** Four options of lengths 40, 30, 20 and 10; the answer at `rank` (1 = longest). */
const single = (rank: number, texts = ['a', 'b', 'c', 'd']) =>
  question(
    'single',
    [40, 30, 20, 10].map((length, index) => option(texts[index]!.repeat(length), index === rank - 1)),
  );

const scoreOf = (questions: CheckQuestion[], strategy: string) =>
  guessScores(questions).find((score) => score.strategy === strategy)!;
const cued = (questions: CheckQuestion[]) =>
  cuedStrategies(guessScores(questions)).map((score) => score.strategy);

describe('the guesser', () => {
  it('detects a bank whose answer is always the longest option', () => {
    const bank = Array.from({ length: 8 }, () => single(1));
    expect(scoreOf(bank, 'longest')).toMatchObject({ expected: 1, chance: 0.25 });
    expect(cued(bank)).toEqual(['longest']);
  });

  it('detects the over-correction: the second longest always wins', () => {
    expect(cued(Array.from({ length: 8 }, () => single(2)))).toEqual(['second longest']);
  });

  it('scores a bank with the answer at every length rank in turn at chance', () => {
    const bank = [1, 2, 3, 4, 1, 2, 3, 4].map((rank) => single(rank));
    for (const strategy of ['longest', 'second longest', 'shortest'])
      expect(scoreOf(bank, strategy).expected).toBe(0.25);
    expect(cued(bank)).toEqual([]);
  });

  it('picks at random among options of the same length', () => {
    const tied = question('single', [option('same', true), option('sane'), option('other!')]);
    expect(scoreOf([tied], 'shortest').expected).toBe(0.5);
  });

  it('detects absolute words that mark wrong single answers', () => {
    const bank = Array.from({ length: 8 }, (_, n) =>
      question('single', [
        option(`You always do ${n}`),
        option(`It never works ${n}`),
        option(`It depends on ${n}`, true),
        option(`Only the first ${n}`),
      ]),
    );
    expect(scoreOf(bank, 'avoid absolute words').expected).toBe(1);
    expect(cued(bank)).toContain('avoid absolute words');
  });

  it('detects select-all questions that reward ticking everything, or everything but absolutes', () => {
    const bank = Array.from({ length: 5 }, () =>
      question('multiple', [
        option('One', true),
        option('Two', true),
        option('Three', true),
        option('It must always be four'),
      ]),
    );
    expect(scoreOf(bank, 'tick all')).toMatchObject({ expected: 0.75, chance: 0.5 });
    expect(scoreOf(bank, 'tick all but absolute').expected).toBe(1);
    expect(cued(bank)).toEqual(['tick all', 'tick all but absolute']);
  });

  it('passes balanced select-all questions', () => {
    const bank = [
      question('multiple', [option('One', true), option('Two'), option('Three', true), option('Four')]),
      question('multiple', [option('One'), option('Two', true), option('Three'), option('Always four', true)]),
    ];
    expect(scoreOf(bank, 'tick all').expected).toBe(0.5);
    // Leaving "Always four" unticked costs it: absolute words mark a right option here.
    expect(scoreOf(bank, 'tick all but absolute').expected).toBe(0.375);
    expect(cued(bank)).toEqual([]);
  });

  it('counts a strategy as cued only beyond the margin', () => {
    // Longest wins 3 of 10 (30 %) against 25 %: within 10 points; 4 of 10 would not be.
    const bank = [1, 1, 1, 2, 2, 3, 3, 4, 4, 4].map((rank) => single(rank));
    expect(scoreOf(bank, 'longest').expected - 0.25).toBeLessThanOrEqual(CUED_MARGIN);
    expect(cued(bank)).toEqual([]);
    expect(cued([...bank.slice(0, 9), single(1)])).toEqual(['longest']);
  });
});
