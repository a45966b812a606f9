'use server';

import { InvalidInputError, openFormAction } from '@/lib/action';

import { answerKey } from './answer-key';
import { answersProblem, gradeAnswers, type Grade } from './grade';
import { gradeInput } from './input';
import { recordAttempt } from './queries';

export type CheckResult = Grade & {
  roadmapId: string;
  topicId: string;
  attemptId: string;
  answeredAt: string;
  /** Whether the answers were stored in the learner's account (false for a visitor). */
  recorded: boolean;
};

/**
 * Grades a knowledge check on the server, where the answer key lives, and answers with the
 * result and every option's explanation. Anyone may check themselves; a signed-in learner's
 * answers are recorded (one row per answered question) for their review schedule.
 */
export const gradeCheck = openFormAction(
  'gradeCheck',
  gradeInput,
  async ({ roadmapId, topicId, answers }, user): Promise<CheckResult> => {
    const check = answerKey(roadmapId, topicId);
    if (!check)
      throw new InvalidInputError('This topic has no knowledge check (or does not exist).', {
        topicId: 'has no knowledge check',
      });
    const problem = answersProblem(check, answers);
    if (problem) throw new InvalidInputError(problem, { answers: problem });
    const grade = gradeAnswers(check, answers);
    const attempt = { attemptId: crypto.randomUUID(), roadmapId, topicId, answeredAt: new Date() };
    if (user) await recordAttempt(user.id, attempt, grade.questions);
    return {
      ...grade,
      ...attempt,
      answeredAt: attempt.answeredAt.toISOString(),
      recorded: user !== null,
    };
  },
);
