/**
 * How big a topic's question bank is, and how much of it one attempt asks. A bank larger than an
 * attempt lets each review draw questions the learner has seen least recently (lib/checks/draw.ts).
 */
export const MIN_BANK_QUESTIONS = 3;
export const MAX_BANK_QUESTIONS = 12;
