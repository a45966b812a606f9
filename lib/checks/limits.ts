import { MAX_CHECK_QUESTIONS } from '@/lib/content/check-schema';

/**
 * Attempts kept per topic: the newest. The FSRS schedule asks a topic back a handful of times in
 * its first year and at least yearly after, so a learner who also retakes each review a few times
 * stays far below this for years. The schedule itself does not need them: each topic's review card
 * (`review_cards`) carries its whole history forward.
 */
export const MAX_ATTEMPTS_PER_TOPIC = 50;

/**
 * Attempts kept per learner: the newest, each topic's latest first, so a topic never loses its
 * last result to newer attempts elsewhere. About 17 attempts on each of the ~120 checks, several
 * years of reviews; at 5 answers an attempt, at most 10,000 rows.
 */
export const MAX_ATTEMPTS_PER_LEARNER = 2_000;

/** The most answer rows a learner keeps (and a query reads), all topics or one. */
export const MAX_ANSWER_ROWS = MAX_ATTEMPTS_PER_LEARNER * MAX_CHECK_QUESTIONS;
export const MAX_TOPIC_ANSWER_ROWS = MAX_ATTEMPTS_PER_TOPIC * MAX_CHECK_QUESTIONS;

/**
 * Review cards a learner's pages read: one per topic with a check (about 120 today) plus topics
 * retired from content since; cards are only made by grading, so the content bounds them.
 */
export const MAX_REVIEW_CARDS = 1_000;
