'use client';

import { mergeBrowserProjects } from '@/lib/projects/actions';
import { browserProjectsFormat, type ProjectEntry } from '@/lib/projects/local';

import { recordAccountProjects, useLearner } from '../progress/learnerStore';
import { browserProjectTree } from './browserProjectTree';

/**
 * The step projects a visitor keeps in this browser, beside the learner store that holds the
 * account's. Merged into the account at sign-in by the topics' rule.
 */
const browserProjects = browserProjectTree({
  ...browserProjectsFormat,
  merge: mergeBrowserProjects,
  record: ({ projects }) => recordAccountProjects(projects),
});

/** The project as shown: the account's when signed in, else this browser's. */
export function useProjectEntry(roadmapId: string, projectId: string): ProjectEntry | undefined {
  const learner = useLearner();
  const local = browserProjects.useBrowserTree();
  return (learner.user ? learner.projects : local)[roadmapId]?.[projectId];
}

const noProjects: Record<string, ProjectEntry> = {};

/** One roadmap's projects as shown (the plan reads them): the account's, else this browser's. */
export function useRoadmapProjects(roadmapId: string): Record<string, ProjectEntry> {
  const learner = useLearner();
  const local = browserProjects.useBrowserTree();
  return (learner.user ? learner.projects : local)[roadmapId] ?? noProjects;
}

export const recordBrowserProject = browserProjects.record;

/** Run by the learner loader after each lookup (see {@link browserProjectTree}). */
export const syncBrowserProjects = browserProjects.sync;
