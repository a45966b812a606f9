'use client';

import { projectStatusIcons, projectStatusLabels } from '@/lib/projects/status';

import { useProjectEntry } from './projectStore';

/** The learner's status of a step project, loaded in the browser; nothing until it has one. */
export function ProjectStatusBadge({
  roadmapId,
  projectId,
}: {
  roadmapId: string;
  projectId: string;
}) {
  const entry = useProjectEntry(roadmapId, projectId);
  if (!entry || entry.status === 'not_started') return null;
  return (
    <span
      className="rounded-full border border-line px-2 py-0.5 text-xs font-medium"
      data-testid={`project-badge-${projectId}`}
    >
      <span aria-hidden="true">{projectStatusIcons[entry.status]} </span>
      {projectStatusLabels[entry.status]}
    </span>
  );
}
