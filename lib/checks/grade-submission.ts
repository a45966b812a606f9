import 'server-only';

import { answerKey } from './answer-key';
import { answersProblem, gradeAnswers, type Answers, type Grade } from './grade';

export type GradedSubmission = { grade: Grade } | { problem: string; field: 'topicId' | 'answers' };

/**
 * Grades chosen options against today's answer key, wherever they come from — the check form, a
 * visitor's browser at sign-in, an export file — so no door stores a grade the server did not
 * make. Otherwise says why they cannot be graded (no such check, question or option), and which
 * field of the form is at fault.
 */
export function gradeSubmission(
  roadmapId: string,
  topicId: string,
  answers: Answers,
): GradedSubmission {
  const check = answerKey(roadmapId, topicId);
  if (!check)
    return { problem: 'This topic has no knowledge check (or does not exist).', field: 'topicId' };
  const problem = answersProblem(check, answers);
  if (problem) return { problem, field: 'answers' };
  return { grade: gradeAnswers(check, answers) };
}
