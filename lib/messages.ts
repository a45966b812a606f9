/** Messages shown by both server actions and the browser when a save cannot happen. */
export const saveUnavailableMessage =
  'Your progress could not be saved right now. Please try again in a moment.';
