import 'server-only';

import { QUESTIONS_PER_ATTEMPT } from '@/lib/content/check-sizes';

import { answerKey } from './answer-key';
import { answersProblem, askedProblem, gradeAnswers, type Answers, type Grade } from './grade';

export type GradedSubmission =
  { grade: Grade } | { problem: string; field: 'topicId' | 'asked' | 'answers' };

/**
 * Grades chosen options against today's answer key, wherever they come from — the check form, a
 * visitor's browser at sign-in, an export file — so no door stores a grade the server did not
 * make. Otherwise says why they cannot be graded (no such check, question or option), and which
 * field of the form is at fault.
 *
 * `asked` is what the form says it asked: exactly those questions are graded, blanks included,
 * and no more than an attempt asks. History (a browser's results, an export) records only the
 * questions answered, so without `asked` those are graded, up to the most an attempt ever stored.
 */
export function gradeSubmission(
  roadmapId: string,
  topicId: string,
  answers: Answers,
  asked?: readonly string[],
): GradedSubmission {
  const check = answerKey(roadmapId, topicId);
  if (!check)
    return { problem: 'This topic has no knowledge check (or does not exist).', field: 'topicId' };
  const questions = asked ?? [...answers.keys()];
  const wrongAsk = askedProblem(check, questions, asked ? QUESTIONS_PER_ATTEMPT : undefined);
  if (wrongAsk && asked) return { problem: wrongAsk, field: 'asked' };
  const problem = answersProblem(check, answers, questions) ?? wrongAsk;
  if (problem) return { problem, field: 'answers' };
  return { grade: gradeAnswers(check, answers, questions) };
}
