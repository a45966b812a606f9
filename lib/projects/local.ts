import { flattenTree, isRecord, type EntryTree } from '@/lib/progress/local';

import { isProjectStatus, type ProjectStatus } from './status';
import { projectUrlProblem } from './url';

/** A step project's status and link, as the account and this browser keep them. */
export type ProjectEntry = { status: ProjectStatus; url: string | null; updatedAt: string };
/** Project entries by roadmap id, then project id. */
export type ProjectTree = EntryTree<ProjectEntry>;

/** Apart from topic progress, so neither format has to change for the other. */
export const LOCAL_PROJECTS_KEY = 'waymark-projects';

// By hand, not zod, like topic progress (this ships to every browser); the link is held to the
// same rule the server applies, so a tampered entry never becomes a link on the page.
const isEntry = (value: unknown): value is ProjectEntry =>
  isRecord(value) &&
  isProjectStatus(value.status) &&
  (value.url === null || (typeof value.url === 'string' && !projectUrlProblem(value.url))) &&
  typeof value.updatedAt === 'string' &&
  !Number.isNaN(Date.parse(value.updatedAt));

/** The browser's saved projects; anything unreadable counts as none. */
export function parseLocalProjects(text: string | null): ProjectTree {
  if (!text) return {};
  try {
    const stored: unknown = JSON.parse(text);
    if (!isRecord(stored) || stored.version !== 1 || !isRecord(stored.projects)) return {};
    const tree = stored.projects;
    const valid = Object.values(tree).every(
      (projects) => isRecord(projects) && Object.values(projects).every(isEntry),
    );
    return valid ? (tree as ProjectTree) : {};
  } catch {
    return {};
  }
}

export function serializeLocalProjects(projects: ProjectTree): string {
  return JSON.stringify({ version: 1, projects });
}

/** The entries to send for a merge into the account. */
export const flattenProjects = (projects: ProjectTree) => flattenTree(projects, 'projectId');

/** Project rows as the tree the browser keeps (roadmap → project → status, link and time). */
export function toProjectTree(
  rows: {
    roadmapId: string;
    projectId: string;
    status: ProjectStatus;
    url: string | null;
    updatedAt: Date;
  }[],
): ProjectTree {
  const tree: ProjectTree = {};
  for (const { roadmapId, projectId, status, url, updatedAt } of rows) {
    (tree[roadmapId] ??= {})[projectId] = { status, url, updatedAt: updatedAt.toISOString() };
  }
  return tree;
}

/** What the learner is told after the browser's projects joined their account. */
export function projectMergeMessage(merged: number, ignored: number): string | undefined {
  const projects = (n: number) => `${n} ${n === 1 ? 'project' : 'projects'}`;
  const parts = [
    merged > 0 &&
      `${projects(merged)} from this browser ${merged === 1 ? 'was' : 'were'} added to your account.`,
    ignored > 0 &&
      `${projects(ignored)} no longer in the roadmaps ${ignored === 1 ? 'was' : 'were'} left out.`,
  ].filter((part): part is string => typeof part === 'string');
  return parts.length > 0 ? parts.join(' ') : undefined;
}

export const projectMergeFailedMessage =
  'The projects saved in this browser could not be added to your account yet. They are kept here and will be added on your next visit.';
