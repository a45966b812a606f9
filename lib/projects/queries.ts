import 'server-only';

import { projectProgress } from '@/db/schema';

import { projectRows, type ProjectRowOf } from './project-rows';
import type { ProjectStatus } from './status';

export type ProjectRow = ProjectRowOf<{ status: ProjectStatus; url: string | null }>;

/**
 * Each learner's status and link of every step project: read on one roadmap or all, saved by the
 * project form, merged from the browser or an export file (the most recent change wins, as for
 * topics).
 */
export const projectStatusRows = projectRows<ProjectRow, 'projects'>(
  projectProgress,
  { status: projectProgress.status, url: projectProgress.url },
  'projects',
);

/** The learner's project rows, on one roadmap or all (served by the primary key). */
export const getProjectRows = projectStatusRows.read;
