/** Messages shown by both server actions and the browser when a save cannot happen. */
export const saveUnavailableMessage =
  'Your progress could not be saved right now. Please try again in a moment.';

/** Shown where a learner's progress would be, while it cannot be read (the database is down). */
export const progressUnavailableMessage =
  'Your progress is unavailable right now. The roadmaps can still be read; please try again in a moment.';
