/** The longest note a learner can keep, in characters (the database enforces it too). */
export { MAX_NOTE_LENGTH } from '@/db/constraints';
