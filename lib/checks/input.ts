import { z } from 'zod';

import { contentId, dateTimeInLastDays } from '@/lib/validation';

import { MAX_BROWSER_ATTEMPTS } from './local';
import { askedField } from './public';

/**
 * The most fields a check form sends: the two ids, the 4 questions asked and their 4 × 6 options,
 * with room to spare. Anything longer (10,000 repeated fields) is refused before a single one is read.
 */
export const MAX_CHECK_FIELDS = 48;

const answerPrefix = 'q.';

type Entry = [string, FormDataEntryValue];

/**
 * A submitted check as its form sends it: `roadmapId`, `topicId`, one `asked` field per question
 * shown and one `q.<question id>` field per chosen option. Structure only; whether the topic, questions and options exist is judged
 * against the answer key. Any other field (a user id, say) is refused by name, not ignored.
 */
export const gradeInput = z
  .array(z.custom<Entry>())
  .max(MAX_CHECK_FIELDS, `The form sent more than ${MAX_CHECK_FIELDS} fields; nothing was checked.`)
  .transform((entries, ctx) => {
    const ids: Record<string, string[]> = { roadmapId: [], topicId: [] };
    const answers = new Map<string, string[]>();
    const asked: string[] = [];
    for (const [name, value] of entries) {
      if (typeof value !== 'string') {
        ctx.addIssue({
          code: 'custom',
          path: [name],
          message: `${name} must be text, not a file.`,
        });
        continue;
      }
      if (name in ids) ids[name]!.push(value);
      else if (name === askedField) asked.push(value);
      else if (name.startsWith(answerPrefix)) {
        const questionId = name.slice(answerPrefix.length);
        const chosen = answers.get(questionId);
        if (chosen) chosen.push(value);
        else answers.set(questionId, [value]);
      } else
        ctx.addIssue({
          code: 'custom',
          path: [name],
          message: `"${name.slice(0, 64)}" is not a field of this form.`,
        });
    }
    const one = (name: 'roadmapId' | 'topicId') => {
      const values = ids[name]!;
      const parsed = contentId.safeParse(values[0]);
      if (values.length === 1 && parsed.success) return parsed.data;
      ctx.addIssue({
        code: 'custom',
        path: [name],
        message:
          values.length > 1 ? `${name} was sent ${values.length} times.` : `${name} is missing.`,
      });
      return '';
    };
    return { roadmapId: one('roadmapId'), topicId: one('topicId'), asked, answers };
  });

export type GradeInput = z.output<typeof gradeInput>;

const optionIds = z.array(z.string().max(64)).max(6);

/**
 * How far back a visitor's browser history of attempts may reach when it is merged. The browser
 * keeps its newest {@link MAX_BROWSER_ATTEMPTS} and sends them at the first signed-in page load, so
 * a real history is days or weeks old; three months leaves room for a visitor who checks themselves
 * for a whole term before signing in. Without a bound, a script could date a run of passes years
 * back and have the review schedule treat a topic as long mastered.
 */
const MAX_BROWSER_ATTEMPT_AGE_DAYS = 90;

/** One attempt a visitor's browser kept: the server grades its chosen options again. */
export const browserAttempt = z.object({
  attemptId: z.uuid(),
  roadmapId: contentId,
  topicId: contentId,
  answeredAt: dateTimeInLastDays(MAX_BROWSER_ATTEMPT_AGE_DAYS).transform((iso) => new Date(iso)),
  answers: z
    .record(z.string().max(64), optionIds)
    .refine((answers) => Object.keys(answers).length <= 5, 'answers more than 5 questions'),
});

/**
 * The attempts a browser kept before sign-in. A malformed request is refused whole; within it, an
 * attempt that no longer grades (a retired topic or question, garbled data) or is dated more than
 * {@link MAX_BROWSER_ATTEMPT_AGE_DAYS} days back is ignored and counted.
 */
export const mergeAttemptsInput = z.object({
  attempts: z
    .array(z.unknown())
    .max(MAX_BROWSER_ATTEMPTS, `can hold at most ${MAX_BROWSER_ATTEMPTS} attempts`),
});
