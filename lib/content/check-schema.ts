import { z } from 'zod';

import { MAX_BANK_QUESTIONS, MIN_BANK_QUESTIONS } from './check-sizes';
import { idSchema, reviewedSchema, reviewerSchema, text } from './schema';

export const questionKinds = ['single', 'multiple'] as const;
export type QuestionKind = (typeof questionKinds)[number];

export const checkOptionSchema = z.strictObject({
  id: idSchema,
  text: text(300),
  /** Omitted on wrong options; `correct: false` is refused so there is one way to write it. */
  correct: z.literal(true).optional(),
  explanation: text(400),
});

export const checkQuestionSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(questionKinds),
  prompt: text(600),
  options: z.array(checkOptionSchema).min(3).max(6),
});

/** The most questions one attempt asks: an attempt stores at most this many answers. */
export const MAX_CHECK_QUESTIONS = 5;

/** A `<topic-id>.check.yaml` file: the topic's knowledge check (CONTENT.md, "Knowledge checks"). */
export const topicCheckSchema = z.strictObject({
  reviewed: reviewedSchema.optional(),
  reviewer: reviewerSchema.optional(),
  questions: z.array(checkQuestionSchema).min(MIN_BANK_QUESTIONS).max(MAX_BANK_QUESTIONS),
});

export type CheckOption = z.output<typeof checkOptionSchema>;
export type CheckQuestion = z.output<typeof checkQuestionSchema>;
export type TopicCheck = z.output<typeof topicCheckSchema>;
