import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { readerPageMetadata } from '@/app/_components/brand';
import { Breadcrumbs, stepItemTrail } from '@/app/_components/Breadcrumbs';
import { InlineMarkdown, Markdown } from '@/app/_components/Markdown';
import { projectWayOn } from '@/app/_components/next-step/offers';
import { WayOn } from '@/app/_components/next-step/WayOn';
import { ChecklistBox, ProjectChecklist } from '@/app/_components/projects/ProjectChecklist';
import { ProjectStatusForm } from '@/app/_components/projects/ProjectStatusForm';
import { findProject, getRoadmaps } from '@/lib/content';
import { formatCalendarDate, formatHours, stepLabel } from '@/lib/format';
import { checklistOf } from '@/lib/projects/checklist';
import { projectPath } from '@/lib/routes';

import { TopicSection } from '../../[topic]/TopicSection';

export const dynamicParams = false;

export function generateStaticParams() {
  return getRoadmaps().flatMap((roadmap) =>
    roadmap.steps.map((step) => ({ roadmap: roadmap.id, project: step.project.id })),
  );
}

type Props = PageProps<'/roadmaps/[roadmap]/projects/[project]'>;

async function findProjectFromParams(params: Props['params']) {
  const { roadmap, project } = await params;
  return findProject(roadmap, project);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await findProjectFromParams(params);
  if (!found) return {};
  const { roadmap, step, project } = found;
  return readerPageMetadata({
    title: `${project.title} — ${roadmap.title} project`,
    description: `A hands-on project for “${step.title}”: ${project.requirements.length} requirements, about ${formatHours(project.hours)}.`,
    url: projectPath(roadmap.id, project.id),
    article: true,
  });
}

export default async function ProjectPage({ params }: Props) {
  const found = await findProjectFromParams(params);
  if (!found) notFound();
  const { roadmap, step, project } = found;
  return (
    <article className="max-w-3xl">
      <Breadcrumbs trail={stepItemTrail(roadmap, step, project.title)} />
      <header className="mt-4">
        <p className="text-sm font-medium text-accent">
          {stepLabel(step)} project · {step.title}
        </p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight">{project.title}</h1>
        <p className="mt-2 text-sm text-muted">
          Estimated time: {formatHours(project.hours)}
          {project.anyLanguage && ' · Build it in any programming language you like.'}
        </p>
      </header>
      <section aria-label="The brief" className="mt-4">
        <Markdown>{project.body}</Markdown>
      </section>
      <ProjectStatusForm
        roadmapId={roadmap.id}
        projectId={project.id}
        projectTitle={project.title}
      />
      <ProjectChecklist roadmapId={roadmap.id} projectId={project.id} projectTitle={project.title}>
        {checklistOf(project).map((list) => (
          <TopicSection key={list.key} id={list.key} title={list.title}>
            <ul className="space-y-1.5" aria-label={list.label}>
              {list.items.map((item) => (
                <li key={item.id}>
                  <ChecklistBox itemId={item.id}>
                    <InlineMarkdown>{item.text}</InlineMarkdown>
                  </ChecklistBox>
                </li>
              ))}
            </ul>
          </TopicSection>
        ))}
      </ProjectChecklist>
      {project.reviewed && (
        <p className="mt-6 text-sm text-muted">
          Reviewed <time dateTime={project.reviewed}>{formatCalendarDate(project.reviewed)}</time>
          {project.reviewer && ` by ${project.reviewer}`}
        </p>
      )}
      <WayOn offers={projectWayOn(roadmap, step.id)} />
    </article>
  );
}
