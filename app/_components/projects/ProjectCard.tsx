import Link from 'next/link';

import type { Project } from '@/lib/content';
import { formatHours } from '@/lib/format';
import { projectPath } from '@/lib/routes';

import { ProjectStatusBadge } from './ProjectStatusBadge';

/**
 * The step's project at the end of its section on the roadmap page: title, hours and a link to
 * its page, with the learner's status added in the browser. Kept to a few short elements and one
 * class (globals.css): the roadmap page has a size budget and carries one card per step.
 */
export function ProjectCard({ roadmapId, project }: { roadmapId: string; project: Project }) {
  return (
    <p className="project-card">
      <b>Project</b>
      <Link
        href={projectPath(roadmapId, project.id)}
        className="font-medium text-accent underline underline-offset-2"
      >
        {project.title}
      </Link>
      <span className="text-sm text-muted">{formatHours(project.hours)}</span>
      <ProjectStatusBadge roadmapId={roadmapId} projectId={project.id} />
    </p>
  );
}
