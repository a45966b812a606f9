import type { CheckQuestion } from './check-schema';

/**
 * Cues a learner who knows nothing could use to beat chance, measured over one roadmap's
 * questions. CONTENT.md ("Options without cues") explains how to write options that pass.
 */
export const cueLimits = {
  /** No length rank (longest, second longest, …, shortest) holds the answer more often. */
  maxLengthRankShare: 0.35,
  /** Select-all questions with at least two wrong options, at least this share of them. */
  minTwoWrongShare: 0.8,
  /** Share of select-all options that are correct. */
  correctOptionShare: { min: 0.3, max: 0.6 },
  /** The most common number of correct options covers at most this share of select-all questions. */
  maxSameCorrectCountShare: 0.6,
} as const;

/** Words that mark an overstatement; a writer tends to put them in wrong options. */
const absoluteWord = /\b(always|never|only|all|every|must)\b/i;

export const hasAbsoluteWord = (text: string) => absoluteWord.test(text);

/**
 * Where the correct option ranks by length among a single-answer question's options: 1 is the
 * longest. Ties share the better rank, so equal lengths never hide a cue. `fromShortest` counts
 * the other way (1 is the shortest).
 */
export function lengthRank(question: CheckQuestion, fromShortest = false): number {
  const answer = question.options.find((option) => option.correct);
  if (!answer) return 0;
  const beats = (a: number, b: number) => (fromShortest ? a < b : a > b);
  return 1 + question.options.filter((o) => beats(o.text.length, answer.text.length)).length;
}

export type CueFigures = {
  single: number;
  /** Share of single-answer questions whose answer has each length rank (index 0 = longest). */
  lengthRankShares: number[];
  /** Share of single-answer questions whose answer is the shortest option. */
  shortestShare: number;
  selectAll: number;
  twoWrongShare: number;
  correctOptionShare: number;
  /** How many select-all questions have 1, 2, 3… correct options (index 0 = one correct). */
  correctCounts: number[];
  absoluteInWrong: number;
  absoluteInRight: number;
};

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

export function cueFigures(questions: readonly CheckQuestion[]): CueFigures {
  const single = questions.filter((question) => question.kind === 'single');
  const selectAll = questions.filter((question) => question.kind === 'multiple');
  const rankCounts: number[] = [];
  let shortest = 0;
  for (const question of single) {
    const rank = lengthRank(question);
    rankCounts[rank - 1] = (rankCounts[rank - 1] ?? 0) + 1;
    if (lengthRank(question, true) === 1) shortest++;
  }
  const correctCounts: number[] = [];
  let twoWrong = 0;
  let correctOptions = 0;
  let selectAllOptions = 0;
  for (const question of selectAll) {
    const correct = question.options.filter((option) => option.correct).length;
    correctCounts[correct - 1] = (correctCounts[correct - 1] ?? 0) + 1;
    if (question.options.length - correct >= 2) twoWrong++;
    correctOptions += correct;
    selectAllOptions += question.options.length;
  }
  const options = questions.flatMap((question) => question.options);
  const wrong = options.filter((option) => !option.correct);
  const right = options.filter((option) => option.correct);
  const absoluteShare = (list: typeof options) =>
    share(list.filter((option) => hasAbsoluteWord(option.text)).length, list.length);
  return {
    single: single.length,
    lengthRankShares: Array.from(rankCounts, (count) => share(count ?? 0, single.length)),
    shortestShare: share(shortest, single.length),
    selectAll: selectAll.length,
    twoWrongShare: share(twoWrong, selectAll.length),
    correctOptionShare: share(correctOptions, selectAllOptions),
    correctCounts: Array.from(correctCounts, (count) => count ?? 0),
    absoluteInWrong: absoluteShare(wrong),
    absoluteInRight: absoluteShare(right),
  };
}

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

/** Each limit the figures break, in words a writer can act on; empty when there is no cue. */
export function cueProblems(figures: CueFigures): string[] {
  const problems: string[] = [];
  const limit = cueLimits.maxLengthRankShare;
  figures.lengthRankShares.forEach((value, index) => {
    if (value > limit)
      problems.push(
        `the answer is the ${rankName(index + 1)} option in ${percent(value)} of single-answer questions (at most ${percent(limit)})`,
      );
  });
  if (figures.shortestShare > limit)
    problems.push(
      `the answer is the shortest option in ${percent(figures.shortestShare)} of single-answer questions (at most ${percent(limit)})`,
    );
  if (figures.selectAll > 0) {
    if (figures.twoWrongShare < cueLimits.minTwoWrongShare)
      problems.push(
        `only ${percent(figures.twoWrongShare)} of select-all questions have two or more wrong options (at least ${percent(cueLimits.minTwoWrongShare)})`,
      );
    const { min, max } = cueLimits.correctOptionShare;
    if (figures.correctOptionShare < min || figures.correctOptionShare > max)
      problems.push(
        `${percent(figures.correctOptionShare)} of select-all options are correct (between ${percent(min)} and ${percent(max)})`,
      );
    const mostCommon = Math.max(...figures.correctCounts);
    if (share(mostCommon, figures.selectAll) > cueLimits.maxSameCorrectCountShare)
      problems.push(
        `${percent(share(mostCommon, figures.selectAll))} of select-all questions have the same number of correct options (at most ${percent(cueLimits.maxSameCorrectCountShare)}): vary it`,
      );
  }
  if (figures.absoluteInWrong > figures.absoluteInRight)
    problems.push(
      `absolute words (always, never, only, all, every, must) are in ${percent(figures.absoluteInWrong)} of wrong options and ${percent(figures.absoluteInRight)} of right ones: no more in wrong than in right`,
    );
  return problems;
}

/** One line per figure, for `npm run content:check`. */
export function describeCueFigures(figures: CueFigures): string {
  const ranks = figures.lengthRankShares.map(percent).join(' / ');
  const counts = figures.correctCounts
    .map((count, index) => (count > 0 ? `${index + 1} correct × ${count}` : ''))
    .filter(Boolean)
    .join(', ');
  return [
    `single answers (${figures.single}): answer's length rank, longest first: ${ranks}; shortest ${percent(figures.shortestShare)}`,
    `select-all (${figures.selectAll}): ${percent(figures.correctOptionShare)} of options correct, ${percent(figures.twoWrongShare)} with two or more wrong options; ${counts}`,
    `absolute words: ${percent(figures.absoluteInWrong)} of wrong options, ${percent(figures.absoluteInRight)} of right ones`,
  ].join('\n');
}

const rankName = (rank: number) =>
  rank === 1 ? 'longest' : `${rank}${rank === 2 ? 'nd' : rank === 3 ? 'rd' : 'th'} longest`;
