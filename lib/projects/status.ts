import { MAX_PROJECT_URL_LENGTH, projectStatuses } from '@/db/constraints';
import { statusIcons, statusLabels } from '@/lib/progress/status';

export { MAX_PROJECT_URL_LENGTH, projectStatuses };
export type ProjectStatus = (typeof projectStatuses)[number];

/** The words and shapes topics use, so a status reads the same everywhere. */
export const projectStatusLabels: Record<ProjectStatus, string> = statusLabels;
export const projectStatusIcons: Record<ProjectStatus, string> = statusIcons;

export const isProjectStatus = (value: unknown): value is ProjectStatus =>
  projectStatuses.includes(value as ProjectStatus);
