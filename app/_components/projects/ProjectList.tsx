import { projectStatusIcons, projectStatusLabels } from '@/lib/projects/status';
import type { LearnerProject } from '@/lib/projects/view';
import { projectPath } from '@/lib/routes';

import { ListedItemHeader } from '../ListedItemHeader';
import { ProjectLink } from './ProjectLink';

type Props = {
  heading: string;
  projects: LearnerProject[];
  /** Shown when there are none; without it, an empty list renders nothing. */
  empty?: string;
  /** Name the roadmap on each entry (lists that span roadmaps). */
  showRoadmap?: boolean;
};

/** A learner's step projects with their status and link (dashboard, profile, shared roadmap). */
export function ProjectList({ heading, projects, empty, showRoadmap = true }: Props) {
  if (projects.length === 0 && !empty) return null;
  return (
    <section aria-labelledby="projects-heading" className="mt-8" data-testid="project-list">
      <h2 id="projects-heading" className="text-xl font-semibold">
        {heading}
      </h2>
      {projects.length === 0 ? (
        <p className="mt-3 text-muted">{empty}</p>
      ) : (
        <ul className="mt-3 divide-y divide-(--line) rounded-lg border border-line bg-surface">
          {projects.map(({ roadmap, step, project, status, url }) => (
            <li
              key={`${roadmap.id}/${project.id}`}
              className="px-4 py-3"
              data-testid={`listed-project-${project.id}`}
            >
              <ListedItemHeader
                href={projectPath(roadmap.id, project.id)}
                title={project.title}
                status={{ icon: projectStatusIcons[status], label: projectStatusLabels[status] }}
              />
              <p className="text-sm text-muted">
                {showRoadmap && `${roadmap.title} · `}
                {step.title}
              </p>
              {url && (
                <p className="mt-1 text-sm">
                  <ProjectLink url={url} />
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
