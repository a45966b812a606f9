import { MAX_CHECK_QUESTIONS } from '@/lib/content/check-schema';

/**
 * Attempts kept per topic: the newest. The review schedule (1, 3, 7, 21, then 60 days) asks a topic
 * back about ten times in its first year, so a learner who also retakes each review a few times
 * stays far below this for years; and the schedule only looks back to the last miss, its interval
 * no longer growing after five passes in a row.
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
