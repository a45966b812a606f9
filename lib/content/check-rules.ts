import type { TopicCheck } from './check-schema';

/** One problem in one check file, before the caller adds the file it came from. */
export type CheckProblem = { field: string; message: string };

/** Options that stand for every other option: they test reading, not understanding. */
const blanketOption = /\b(all|none|both|neither) of (the )?(above|below|these|them)\b/i;

const normalised = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** Where each single-answer question's correct option sits: `{ index, last }` per question. */
export function correctPositions(check: TopicCheck): { index: number; last: boolean }[] {
  return check.questions
    .filter((question) => question.kind === 'single')
    .flatMap(({ options }) => {
      const index = options.findIndex((option) => option.correct);
      return index < 0 ? [] : [{ index, last: index === options.length - 1 }];
    });
}

/** Plain mistakes in one topic's check: each makes a question wrong or unfair, whatever the roadmap. */
export function checkProblems(check: TopicCheck): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const questionIds = new Set<string>();
  check.questions.forEach((question, q) => {
    const at = `questions.${q}`;
    if (questionIds.has(question.id))
      problems.push({ field: `${at}.id`, message: `duplicate question id "${question.id}"` });
    questionIds.add(question.id);
    const correct = question.options.filter((option) => option.correct).length;
    if (question.kind === 'single' && correct !== 1)
      problems.push({
        field: `${at}.options`,
        message: `a single-answer question needs exactly one correct option (it has ${correct})`,
      });
    if (question.kind === 'multiple' && correct === 0)
      problems.push({ field: `${at}.options`, message: 'mark at least one option correct: true' });
    const optionIds = new Set<string>();
    const texts = new Set<string>();
    question.options.forEach((option, o) => {
      const field = `${at}.options.${o}`;
      if (optionIds.has(option.id))
        problems.push({ field: `${field}.id`, message: `duplicate option id "${option.id}"` });
      optionIds.add(option.id);
      if (texts.has(normalised(option.text)))
        problems.push({ field: `${field}.text`, message: 'the same text is already an option' });
      texts.add(normalised(option.text));
      if (blanketOption.test(option.text))
        problems.push({
          field: `${field}.text`,
          message: 'no "all/none of the above": write an option that stands on its own',
        });
    });
  });
  const positions = correctPositions(check);
  if (positions.length > 0 && positions.every(({ index }) => index === 0))
    problems.push({
      field: 'questions',
      message: 'every single-answer question has its correct option first: vary the positions',
    });
  if (positions.length > 0 && positions.every(({ last }) => last))
    problems.push({
      field: 'questions',
      message: 'every single-answer question has its correct option last: vary the positions',
    });
  return problems;
}

/** Problems held back as warnings on roadmaps outside the full checks (like topics' review dates). */
export function fullCheckProblems(check: TopicCheck): CheckProblem[] {
  const problems: CheckProblem[] = [];
  check.questions.forEach((question, q) => {
    if (question.kind === 'multiple' && question.options.every((option) => option.correct))
      problems.push({
        field: `questions.${q}.options`,
        message: 'every option is correct: add at least one wrong option to think about',
      });
  });
  return problems;
}

/** Below this many single-answer questions a roadmap's spread says nothing yet. */
export const spreadSample = 8;
/** No one position may hold more than this share of a roadmap's correct single answers. */
export const maxShareAtOnePosition = 0.5;

/**
 * Whether a roadmap's correct single answers are spread over positions: a learner who always picks
 * "the first one" or "the last one" must not pass. Returns the problem, or undefined.
 */
export function spreadProblem(checks: readonly TopicCheck[]): string | undefined {
  const positions = checks.flatMap(correctPositions);
  if (positions.length < spreadSample) return undefined;
  const share = (count: number) => count / positions.length;
  const counts = new Map<string, number>();
  for (const { index, last } of positions) {
    const key = last ? 'last' : index === 0 ? 'first' : `number ${index + 1}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const [position, count] of counts) {
    if (share(count) > maxShareAtOnePosition)
      return `${count} of ${positions.length} correct single answers sit ${position === 'first' || position === 'last' ? position : `at ${position}`}: spread them over positions`;
  }
  return undefined;
}
