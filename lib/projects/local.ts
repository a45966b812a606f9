import { flattenTree, localTreeFormat, toEntryTree, type EntryTree } from '@/lib/progress/local';

import { isProjectStatus, type ProjectStatus } from './status';
import { projectUrlProblem } from './url';

/** A step project's status and link, as the account and this browser keep them. */
export type ProjectEntry = { status: ProjectStatus; url: string | null; updatedAt: string };
/** Project entries by roadmap id, then project id. */
export type ProjectTree = EntryTree<ProjectEntry>;
type ProjectRow = Omit<ProjectEntry, 'updatedAt'> & {
  roadmapId: string;
  projectId: string;
  updatedAt: Date;
};

/**
 * The browser's saved projects (anything unreadable counts as none), and how they are saved. By
 * hand, not zod, like topic progress (this ships to every browser); the link is held to the same
 * rule the server applies, so a tampered entry never becomes a link on the page.
 */
export const { parse: parseLocalProjects, serialize: serializeLocalProjects } =
  localTreeFormat<ProjectEntry>(
    'projects',
    (entry) =>
      isProjectStatus(entry.status) &&
      (entry.url === null || (typeof entry.url === 'string' && !projectUrlProblem(entry.url))),
  );

/** The entries to send for a merge into the account. */
export const flattenProjects = (projects: ProjectTree) => flattenTree(projects, 'projectId');

/** Project rows as the tree the browser keeps (roadmap → project → status, link and time). */
export const toProjectTree = (rows: readonly ProjectRow[]): ProjectTree =>
  toEntryTree(rows, 'projectId');

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

/**
 * How this browser keeps a visitor's projects (apart from topic progress, so neither format has
 * to change for the other) and what it says when they join an account.
 */
export const browserProjectsFormat = {
  key: 'waymark-projects',
  parse: parseLocalProjects,
  serialize: serializeLocalProjects,
  message: projectMergeMessage,
  failedMessage: projectMergeFailedMessage,
};
