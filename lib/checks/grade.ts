import { MAX_CHECK_QUESTIONS, type TopicCheck } from '@/lib/content/check-schema';

/** A question's chosen option ids, as submitted. */
export type Answers = ReadonlyMap<string, readonly string[]>;

export type GradedOption = { id: string; chosen: boolean; correct: boolean; explanation: string };

export type AnsweredQuestion = {
  id: string;
  answered: true;
  correct: boolean;
  options: GradedOption[];
};

/**
 * A question left blank: it counts as not correct, is not stored, and reveals nothing — no
 * correct option, no explanation — so an empty or partial submission cannot harvest the key.
 */
export type BlankQuestion = { id: string; answered: false; correct: false };

export type GradedQuestion = AnsweredQuestion | BlankQuestion;

export type Grade = { questions: GradedQuestion[]; correctCount: number; questionCount: number };

/** Ids as they appear in a message: anything can be sent, so only the start of it is shown. */
const shown = (id: string) => id.slice(0, 64);

/**
 * Why the questions a form says it asked cannot be graded, or undefined when they can: each must
 * be in the bank, named once, and no more than `most` of them (an attempt's size for the form;
 * the most an attempt ever stored for history sent back by a browser or an export file).
 */
export function askedProblem(
  check: TopicCheck,
  asked: readonly string[],
  most = MAX_CHECK_QUESTIONS,
): string | undefined {
  if (asked.length === 0) return 'The form named no questions: reload the page and try again.';
  if (asked.length > most)
    return `A check asks at most ${most} questions; ${asked.length} were sent.`;
  const named = new Set<string>();
  for (const questionId of asked) {
    if (!check.questions.some((question) => question.id === questionId))
      return `Question "${shown(questionId)}" is not part of this check.`;
    if (named.has(questionId)) return `Question "${questionId}" was sent twice.`;
    named.add(questionId);
  }
  return undefined;
}

/**
 * Why answers to the `asked` questions cannot be graded, or undefined when they can: every
 * question answered was asked, every option exists, a single-answer question takes one answer,
 * and at least one question is answered.
 */
export function answersProblem(
  check: TopicCheck,
  answers: Answers,
  asked: readonly string[],
): string | undefined {
  if (answers.size === 0) return 'Choose at least one answer before checking.';
  for (const [questionId, chosen] of answers) {
    const question = asked.includes(questionId)
      ? check.questions.find((q) => q.id === questionId)
      : undefined;
    if (!question) return `Question "${shown(questionId)}" is not part of this check.`;
    const unknown = chosen.find((id) => !question.options.some((option) => option.id === id));
    if (unknown !== undefined)
      return `"${shown(unknown)}" is not an option of question "${questionId}".`;
    if (new Set(chosen).size !== chosen.length)
      return `Question "${questionId}" received the same option twice.`;
    if (question.kind === 'single' && chosen.length > 1)
      return `Question "${questionId}" takes one answer; ${chosen.length} were sent.`;
  }
  return undefined;
}

/**
 * Grades answers that passed {@link answersProblem}, for exactly the `asked` questions, in that
 * order. A question is correct when exactly its correct options are chosen; every option of an
 * answered question comes back with its explanation, to show after answering; a blank question
 * comes back with nothing but its verdict.
 */
export function gradeAnswers(check: TopicCheck, answers: Answers, asked: readonly string[]): Grade {
  const questions = asked.flatMap((questionId): GradedQuestion[] => {
    const question = check.questions.find((q) => q.id === questionId);
    if (!question) return [];
    const { id, options } = question;
    const chosen = new Set(answers.get(id) ?? []);
    if (chosen.size === 0) return [{ id, answered: false, correct: false }];
    return [
      {
        id,
        answered: true,
        correct: options.every((option) => chosen.has(option.id) === (option.correct === true)),
        options: options.map((option) => ({
          id: option.id,
          chosen: chosen.has(option.id),
          correct: option.correct === true,
          explanation: option.explanation,
        })),
      },
    ];
  });
  return {
    questions,
    correctCount: questions.filter((question) => question.correct).length,
    questionCount: questions.length,
  };
}

/** An attempt's identity; its time as a Date, or as the ISO text an export file holds. */
export type AttemptInfo<When extends Date | string = Date> = {
  attemptId: string;
  roadmapId: string;
  topicId: string;
  answeredAt: When;
};

/** The rows an attempt stores: one per answered question (a blank one is not an answer). */
export function answersToStore<When extends Date | string>(
  attempt: AttemptInfo<When>,
  questions: readonly GradedQuestion[],
) {
  return questions
    .filter((question): question is AnsweredQuestion => question.answered)
    .map((question) => ({
      ...attempt,
      questionId: question.id,
      chosenOptionIds: question.options.filter((o) => o.chosen).map((o) => o.id),
      correct: question.correct,
    }));
}
