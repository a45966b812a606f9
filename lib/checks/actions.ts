'use server';

import { InvalidInputError, openFormAction, userAction } from '@/lib/action';
import type { Day } from '@/lib/calendar/days';
import { spendRowWrites } from '@/lib/rate-limit/check';

import { topicKey } from './attempts';
import { storeAnswersAndCards } from './cards';
import { answersToStore, type Grade } from './grade';
import { gradeSubmission } from './grade-submission';
import { browserAttempt, gradeInput, mergeAttemptsInput } from './input';
import type { AnswerRow } from './queries';

export type CheckResult = Grade & {
  roadmapId: string;
  topicId: string;
  attemptId: string;
  answeredAt: string;
  /** Whether the answers were stored in the learner's account (false for a visitor). */
  recorded: boolean;
  /** The day the topic's review card is next due; null for a visitor (their browser works it out). */
  reviewDueOn: Day | null;
};

/**
 * Grades a knowledge check on the server, where the answer key lives: exactly the questions the
 * form says it asked (drawn from the topic's bank), and answers with the result and every option's
 * explanation. Anyone may check themselves; a signed-in learner's answers are recorded (one row
 * per answered question) and move the topic's review card.
 */
export const gradeCheck = openFormAction(
  'gradeCheck',
  gradeInput,
  async ({ roadmapId, topicId, asked, answers }, user): Promise<CheckResult> => {
    const graded = gradeSubmission(roadmapId, topicId, answers, asked);
    if ('problem' in graded)
      throw new InvalidInputError(graded.problem, { [graded.field]: graded.problem });
    const { grade } = graded;
    const attempt = { attemptId: crypto.randomUUID(), roadmapId, topicId, answeredAt: new Date() };
    const stored =
      user && (await storeAnswersAndCards(user.id, answersToStore(attempt, grade.questions)));
    return {
      ...grade,
      ...attempt,
      answeredAt: attempt.answeredAt.toISOString(),
      recorded: user !== null,
      reviewDueOn: stored ? (stored.cards.get(topicKey(roadmapId, topicId))?.dueOn ?? null) : null,
    };
  },
);

/**
 * Merges the results a visitor's browser kept into the account at sign-in. Each attempt's chosen
 * options are graded again against today's answer key (the browser's own "correct" is not
 * trusted); an attempt already stored is kept once, so a retried merge adds nothing. Every answer
 * stored counts against the write budget.
 */
export const mergeBrowserAttempts = userAction(
  'mergeBrowserAttempts',
  mergeAttemptsInput,
  async ({ attempts }, user) => {
    const now = new Date();
    const rows: AnswerRow[] = [];
    let ignored = 0;
    for (const raw of attempts) {
      const parsed = browserAttempt.safeParse(raw);
      const graded =
        parsed.success &&
        gradeSubmission(
          parsed.data.roadmapId,
          parsed.data.topicId,
          new Map(Object.entries(parsed.data.answers)),
        );
      if (!parsed.success || !graded || 'problem' in graded) {
        ignored++;
        continue;
      }
      const { attemptId, roadmapId, topicId } = parsed.data;
      // A clock running ahead would keep the topic off the review list: it counts as now.
      const answeredAt = parsed.data.answeredAt > now ? now : parsed.data.answeredAt;
      rows.push(
        ...answersToStore({ attemptId, roadmapId, topicId, answeredAt }, graded.grade.questions),
      );
    }
    const { added: merged } = await storeAnswersAndCards(user.id, rows);
    await spendRowWrites(user.id, merged);
    return { merged, ignored };
  },
);
