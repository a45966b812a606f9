/**
 * How big a topic's question bank is, and how much of it one attempt asks. A bank larger than an
 * attempt lets each review draw questions the learner has seen least recently (lib/checks/draw.ts).
 */
export const MIN_BANK_QUESTIONS = 3;
export const MAX_BANK_QUESTIONS = 12;

/**
 * Questions one attempt asks. Four keep a check to a few minutes; with a bank of eight or more, a
 * review right after the first attempt asks four questions the learner has not seen.
 */
export const QUESTIONS_PER_ATTEMPT = 4;
