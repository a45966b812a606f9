import 'server-only';

import { projectChecklists } from '@/db/schema';

import { projectRows, type ProjectRowOf } from './project-rows';

export type ChecklistRow = ProjectRowOf<{ ticked: string[] }>;

/**
 * Which checklist items of every step project each learner ticked (kept apart from the status, so
 * ticking never changes the time a status merge compares): saved by the checklist form, merged
 * like project status.
 */
export const checklistRows = projectRows<ChecklistRow, 'checklists'>(
  projectChecklists,
  { ticked: projectChecklists.ticked },
  'checklists',
);

/** The learner's checklists, on one roadmap or all: at most one row per project of the content. */
export const getChecklistRows = checklistRows.read;
