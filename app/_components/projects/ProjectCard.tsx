import Link from 'next/link';

import type { Project } from '@/lib/content';
import { formatHours } from '@/lib/format';
import { projectPath } from '@/lib/routes';

import { ProjectStatusBadge } from './ProjectStatusBadge';

/**
 * The step's project at the end of its section on the roadmap page: title, hours and a link to
 * its page, with the learner's status added in the browser. Kept small: the page has a size budget.
 */
export function ProjectCard({ roadmapId, project }: { roadmapId: string; project: Project }) {
  return (
    <p
      className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border border-dashed border-accent px-4 py-3"
      data-testid={`project-card-${project.id}`}
    >
      <span className="text-xs font-semibold tracking-wide text-accent uppercase">Project</span>
      <Link
        href={projectPath(roadmapId, project.id)}
        className="font-medium underline-offset-2 hover:underline"
      >
        {project.title}
      </Link>
      <span className="text-sm text-muted">{formatHours(project.hours)}</span>
      <ProjectStatusBadge roadmapId={roadmapId} projectId={project.id} />
    </p>
  );
}
