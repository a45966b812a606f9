import Link from 'next/link';

import { StepCompletionBar } from '@/app/_components/cohorts/StepCompletionBar';
import { ProjectLink } from '@/app/_components/projects/ProjectLink';
import type { MemberRoadmap } from '@/lib/cohorts/member-queries';
import { statusIcons, statusLabels } from '@/lib/progress/status';
import { isProjectStatus, projectStatusIcons, projectStatusLabels } from '@/lib/projects/status';
import { projectPath, topicPath } from '@/lib/routes';

/** A member's roadmap step by step: each topic's status, in words and a shape, and the project. */
export function MemberSteps({ view }: { view: MemberRoadmap }) {
  const { roadmap, row, statuses, projects } = view;
  return (
    <ol className="mt-6 space-y-6">
      {roadmap.steps.map((step, index) => {
        const project = projects.get(step.project.id);
        const projectStatus =
          project && isProjectStatus(project.status) ? project.status : 'not_started';
        return (
          <li key={step.id} data-testid={`member-step-${step.id}`}>
            <h2 className="text-lg font-semibold">
              Step {index + 1}: {step.title}
              {step.optional && <span className="text-sm font-normal text-muted"> (optional)</span>}
            </h2>
            <p className="text-sm">
              <span className="sr-only">Topics done: </span>
              <StepCompletionBar step={row.steps[index]!} width="w-40" />
            </p>
            <ul className="mt-2 space-y-1 text-sm">
              {step.topics.map((topic) => {
                const status = statuses.get(topic.id) ?? 'not_started';
                return (
                  <li key={topic.id}>
                    <span aria-hidden="true">{statusIcons[status]} </span>
                    <Link
                      href={topicPath(roadmap.id, topic.id)}
                      className="underline underline-offset-2"
                    >
                      {topic.title}
                    </Link>
                    : {statusLabels[status]}
                  </li>
                );
              })}
              <li>
                <span aria-hidden="true">{projectStatusIcons[projectStatus]} </span>
                Project{' '}
                <Link
                  href={projectPath(roadmap.id, step.project.id)}
                  className="underline underline-offset-2"
                >
                  {step.project.title}
                </Link>
                : {projectStatusLabels[projectStatus]}
                {project?.url && (
                  <>
                    {' · '}
                    <ProjectLink url={project.url} />
                  </>
                )}
              </li>
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
