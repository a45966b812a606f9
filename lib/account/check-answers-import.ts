import { z } from 'zod';

import { answersToStore } from '@/lib/checks/grade';
import { gradeSubmission } from '@/lib/checks/grade-submission';
import { text } from '@/lib/validation';

import { isoDate, roadmapId, topicId } from './export-fields';

/** A year of daily checks on every topic of both roadmaps stays below this. */
const MAX_IMPORT_CHECK_ANSWERS = 100_000;

/** One answered question; the rows of one attempt share its id, topic and time. */
const checkAnswer = z.object({
  attemptId: text().min(1).max(64),
  roadmapId,
  topicId,
  questionId: topicId,
  chosenOptionIds: z.array(topicId).max(6, 'names more than 6 options'),
  // Written for whoever reads the file; an import grades the chosen options again instead.
  correct: z.boolean(),
  answeredAt: isoDate,
});
type CheckAnswer = z.infer<typeof checkAnswer>;

/**
 * A file's answers as the check form would have stored them: each attempt (its rows, by id) is
 * graded again by {@link gradeSubmission}, so a file's own "correct" never counts, and an attempt
 * on a topic, question or option the checks do not have refuses the file, naming its first row.
 */
function gradeAgain(rows: CheckAnswer[], context: z.RefinementCtx): CheckAnswer[] {
  const attempts = new Map<string, { first: number; rows: CheckAnswer[] }>();
  rows.forEach((row, index) => {
    const attempt = attempts.get(row.attemptId);
    if (!attempt) {
      attempts.set(row.attemptId, { first: index, rows: [row] });
      return;
    }
    const [first] = attempt.rows;
    if (
      row.roadmapId !== first!.roadmapId ||
      row.topicId !== first!.topicId ||
      Date.parse(row.answeredAt) !== Date.parse(first!.answeredAt)
    )
      context.addIssue({
        code: 'custom',
        path: [index, 'attemptId'],
        message: `names attempt ${row.attemptId} of checkAnswers[${attempt.first}] with another topic or time`,
      });
    else if (attempt.rows.some((earlier) => earlier.questionId === row.questionId))
      context.addIssue({
        code: 'custom',
        path: [index, 'questionId'],
        message: `repeats question ${row.questionId} of attempt ${row.attemptId}`,
      });
    attempt.rows.push(row);
  });
  const graded: CheckAnswer[] = [];
  for (const { first, rows: answers } of attempts.values()) {
    const { attemptId, roadmapId, topicId, answeredAt } = answers[0]!;
    const result = gradeSubmission(
      roadmapId,
      topicId,
      new Map(answers.map((answer) => [answer.questionId, answer.chosenOptionIds])),
    );
    if ('problem' in result)
      context.addIssue({
        code: 'custom',
        path: [first],
        message: `cannot be graded: ${result.problem}`,
      });
    else
      graded.push(
        ...answersToStore({ attemptId, roadmapId, topicId, answeredAt }, result.grade.questions),
      );
  }
  return graded;
}

/** An export file's `checkAnswers`: at most {@link MAX_IMPORT_CHECK_ANSWERS}, graded again. */
export const importedCheckAnswers = z
  .array(checkAnswer)
  .max(MAX_IMPORT_CHECK_ANSWERS, `holds more than ${MAX_IMPORT_CHECK_ANSWERS} answers`)
  .transform(gradeAgain)
  .default([]);
