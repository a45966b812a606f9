import type { CheckOption, CheckQuestion } from './check-schema';
import { hasAbsoluteWord } from './cue-rules';

/**
 * A test-wise guesser who knows nothing of the subject: how well each cue-reading strategy would
 * score on a roadmap's questions, against blind chance. `npm run content:guess` prints these;
 * cue-rules.ts holds the limits that keep them near chance.
 */
export type GuessScore = {
  strategy: string;
  kind: 'single' | 'multiple';
  /** Questions of that kind the strategy played. */
  questions: number;
  /**
   * The strategy's expected score: for single answers, the share of questions it gets right
   * (picking at random among the options it cannot tell apart); for select-all, the share of
   * options it judges right (ticked and correct, or left and wrong).
   */
  expected: number;
  /** The same score for a blind guess: 1 / options, or one option in two. */
  chance: number;
};

/** How far above chance a strategy may score before the bank counts as cued. */
export const CUED_MARGIN = 0.1;

type Pick = (options: readonly CheckOption[]) => readonly CheckOption[];

const byLength = (options: readonly CheckOption[]) =>
  [...new Set(options.map((option) => option.text.length))].sort((a, b) => b - a);

const withLength = (options: readonly CheckOption[], length: number | undefined) =>
  options.filter((option) => option.text.length === length);

/** Single-answer strategies: the options each would choose among, at random. */
const singleStrategies: Record<string, Pick> = {
  longest: (options) => withLength(options, byLength(options)[0]),
  'second longest': (options) => {
    const lengths = byLength(options);
    return withLength(options, lengths[1] ?? lengths[0]);
  },
  shortest: (options) => withLength(options, byLength(options).at(-1)),
  'avoid absolute words': (options) => {
    const plain = options.filter((option) => !hasAbsoluteWord(option.text));
    return plain.length > 0 ? plain : options;
  },
};

/** Select-all strategies: which options each ticks. */
const selectAllStrategies: Record<string, (option: CheckOption) => boolean> = {
  'tick all': () => true,
  'tick all but absolute': (option) => !hasAbsoluteWord(option.text),
};

const mean = (values: readonly number[]) =>
  values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;

export function guessScores(questions: readonly CheckQuestion[]): GuessScore[] {
  const single = questions.filter((question) => question.kind === 'single');
  const multiple = questions.filter((question) => question.kind === 'multiple');
  const singleChance = mean(single.map((question) => 1 / question.options.length));
  return [
    ...Object.entries(singleStrategies).map(([strategy, pick]) => ({
      strategy,
      kind: 'single' as const,
      questions: single.length,
      expected: mean(
        single.map((question) => {
          const chosen = pick(question.options);
          return chosen.some((option) => option.correct) ? 1 / chosen.length : 0;
        }),
      ),
      chance: singleChance,
    })),
    ...Object.entries(selectAllStrategies).map(([strategy, ticks]) => ({
      strategy,
      kind: 'multiple' as const,
      questions: multiple.length,
      expected: mean(
        multiple.map((question) =>
          mean(question.options.map((option) => (ticks(option) === (option.correct === true) ? 1 : 0))),
        ),
      ),
      chance: 0.5,
    })),
  ];
}

/** The strategies that beat chance by more than {@link CUED_MARGIN}: cues a guesser can use. */
export const cuedStrategies = (scores: readonly GuessScore[]) =>
  scores.filter((score) => score.questions > 0 && score.expected - score.chance > CUED_MARGIN);

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

/** One line per strategy, marked ✗ where it beats chance by more than the margin. */
export function describeGuessScores(scores: readonly GuessScore[]): string {
  const cued = new Set(cuedStrategies(scores));
  return scores
    .filter((score) => score.questions > 0)
    .map(
      (score) =>
        `  ${cued.has(score) ? '✗' : '✓'} ${score.strategy} (${score.kind === 'single' ? 'single answers' : 'select-all options'}, ${score.questions} questions): ${percent(score.expected)} vs chance ${percent(score.chance)}`,
    )
    .join('\n');
}
