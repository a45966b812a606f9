import type { Route } from 'next';

/** Every URL shape of a reader page, built in one place so links and the sitemap cannot drift. */
export const roadmapPath = (roadmapId: string) => `/roadmaps/${roadmapId}` as Route;

export const stepPath = (roadmapId: string, stepId: string) =>
  `/roadmaps/${roadmapId}#step-${stepId}` as Route;

export const topicPath = (roadmapId: string, topicId: string) =>
  `/roadmaps/${roadmapId}/${topicId}` as Route;

/** The sign-in page, returning to `returnTo` afterwards. */
export const signInPath = (returnTo: string) =>
  `/signin?next=${encodeURIComponent(returnTo)}` as Route;
