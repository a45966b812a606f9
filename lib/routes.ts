import type { Route } from 'next';

/** Every URL shape of a reader page, built in one place so links and the sitemap cannot drift. */
export const roadmapPath = (roadmapId: string) => `/roadmaps/${roadmapId}` as Route;

/** A roadmap's introduction: where it comes from and how to take it. */
export const roadmapAboutPath = (roadmapId: string) => `/roadmaps/${roadmapId}/about` as Route;

export const stepPath = (roadmapId: string, stepId: string) =>
  `/roadmaps/${roadmapId}#step-${stepId}` as Route;

/**
 * The learner's statuses in one step, rendered per request: where a reader without JavaScript
 * sees and saves them (the roadmap page is static). After a save it names the saved topic.
 */
export const stepStatusPath = (roadmapId: string, stepId: string, savedTopicId?: string) =>
  (savedTopicId
    ? `/roadmaps/${roadmapId}/steps/${stepId}/status?saved=${encodeURIComponent(savedTopicId)}#topic-${savedTopicId}`
    : `/roadmaps/${roadmapId}/steps/${stepId}/status`) as Route;

/** Where a save made without JavaScript is refused: the page says why (`query` from lib/progress/not-saved). */
export const notSavedPath = (roadmapId: string, topicId: string, query: string) =>
  `/not-saved?roadmap=${encodeURIComponent(roadmapId)}&topic=${encodeURIComponent(topicId)}&${query}` as Route;

export const topicPath = (roadmapId: string, topicId: string) =>
  `/roadmaps/${roadmapId}/${topicId}` as Route;

/** A step project's own page. */
export const projectPath = (roadmapId: string, projectId: string) =>
  `/roadmaps/${roadmapId}/projects/${projectId}` as Route;

/** The sign-in page, returning to `returnTo` afterwards. */
export const signInPath = (returnTo: string) =>
  `/signin?next=${encodeURIComponent(returnTo)}` as Route;

/** The confirmation a learner sees after signing out. */
export const signedOutPath = '/signed-out' as Route;

/** The page holding a learner's note on a topic (the editor without JavaScript). */
export const notePath = (roadmapId: string, topicId: string) =>
  `/roadmaps/${roadmapId}/${topicId}/note` as Route;

/**
 * A signed-in learner's own draw of a topic's check, rendered per request: where a reader without
 * JavaScript reviews a topic (the topic page is static and shows the bank's first questions).
 */
export const topicReviewPath = (roadmapId: string, topicId: string) =>
  `/roadmaps/${roadmapId}/${topicId}/review` as Route;

/** A learner's public profile, and their shared view of one roadmap. */
export const profilePath = (login: string) => `/u/${encodeURIComponent(login)}` as Route;

export const sharedRoadmapPath = (login: string, roadmapId: string) =>
  `/u/${encodeURIComponent(login)}/${roadmapId}` as Route;

/** Where a learner gets the link to share their progress on a roadmap (works without JavaScript). */
export const sharePath = (roadmapId: string) => `/share/${roadmapId}` as Route;

/**
 * The roadmap and topic a reader path names (`/roadmaps/<roadmap>/<topic>…`), the inverse of the
 * above; a project page (`/roadmaps/<roadmap>/projects/<project>`), a roadmap's introduction
 * (`/roadmaps/<roadmap>/about`) and a step's statuses (`/roadmaps/<roadmap>/steps/<step>/status`)
 * name their roadmap only.
 */
export function readerPathIds(pathname: string): { roadmapId?: string; topicId?: string } {
  const [first, roadmapId, topicId] = pathname.split('/').slice(1);
  if (first !== 'roadmaps' || !roadmapId) return {};
  return topicId && !reservedRoadmapSegments.includes(topicId)
    ? { roadmapId, topicId }
    : { roadmapId };
}

/** The URL segments below a roadmap that are pages of their own, so no topic may take them. */
export const reservedRoadmapSegments: readonly string[] = ['projects', 'about', 'steps'];

/** The learner's cohorts: those they run and those they belong to, and the form to start one. */
export const cohortsPath = '/cohorts' as Route;

/**
 * One cohort's page; `view` names the members' grid's page (from 1), order and filter, each left
 * out of the URL when absent.
 */
export function cohortPath(
  cohortId: string,
  view: { page?: number; sort?: string; show?: string } = {},
): Route {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(view))
    if (value !== undefined) query.set(name, String(value));
  const search = query.size ? `?${query}` : '';
  return `/cohorts/${cohortId}${search}` as Route;
}

/** One member's roadmap, read-only, for the cohort's owner and mentors. */
export const cohortMemberPath = (cohortId: string, memberId: string) =>
  `/cohorts/${cohortId}/members/${memberId}` as Route;

/** A cohort's members × steps grid as a CSV file, for its owner and mentors. */
export const cohortCsvPath = (cohortId: string) => `/cohorts/${cohortId}/members.csv` as Route;

/** The page an invite link opens: the cohort, who runs it, what members share, Join or Decline. */
export const joinPath = (token: string) => `/join/${token}` as Route;
