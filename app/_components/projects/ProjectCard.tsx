import Link from 'next/link';

import type { ItemEntry } from '@/lib/content/step-entries';
import { formatHours } from '@/lib/format';
import { projectPath } from '@/lib/routes';

import { ProjectStatusBadge } from './ProjectStatusBadge';

/**
 * The step's project at the end of its section on the roadmap page: title, hours and a link to
 * its page, with the learner's status added in the browser. Kept to a few short elements and one
 * class (globals.css): the roadmap page has a size budget and carries one card per step.
 */
export function ProjectCard({
  roadmapId,
  project: [id, title, hours],
}: {
  roadmapId: string;
  project: ItemEntry;
}) {
  return (
    <p className="project-card">
      <b>Project</b>
      <Link href={projectPath(roadmapId, id)}>{title}</Link>
      <small>{formatHours(hours)}</small>
      <ProjectStatusBadge roadmapId={roadmapId} projectId={id} />
    </p>
  );
}
