/** The longest note a learner can keep, in characters (the database enforces it too). */
export const MAX_NOTE_LENGTH = 10_000;
