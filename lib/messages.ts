/** Messages shown by both server actions and the browser when a save cannot happen. */
export const saveUnavailableMessage =
  'Your progress could not be saved right now. Please try again in a moment.';

/** Shown where a learner's progress would be, while it cannot be read (the database is down). */
export const progressUnavailableMessage =
  'Your progress is unavailable right now. The roadmaps can still be read; please try again in a moment.';

/** A save refused because nobody is signed in. */
export const signInToSaveMessage =
  'You are not signed in. Sign in with GitHub to save your progress (with JavaScript on, it can also be kept in this browser).';

/** A save refused by the write rate limit, `wait` seconds before the next one is accepted. */
export const rateLimitedMessage = (wait: number) =>
  `You are saving changes faster than Waymark accepts. Nothing was saved: wait ${wait} ${wait === 1 ? 'second' : 'seconds'}, then try again.`;

/** A save refused because the signed-in learner may not change what it names. */
export const forbiddenMessage = 'You do not have permission to change this. Nothing was saved.';
