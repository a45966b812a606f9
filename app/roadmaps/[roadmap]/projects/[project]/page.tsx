import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { readerPageMetadata } from '@/app/_components/brand';
import { Breadcrumbs, stepItemTrail } from '@/app/_components/Breadcrumbs';
import { InlineMarkdown, Markdown } from '@/app/_components/Markdown';
import { ProjectStatusForm } from '@/app/_components/projects/ProjectStatusForm';
import { findProject, getRoadmaps } from '@/lib/content';
import { formatCalendarDate, formatHours, stepLabel } from '@/lib/format';
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

function Checklist({ items, label }: { items: string[]; label: string }) {
  return (
    <ul className="space-y-1.5" aria-label={label}>
      {items.map((item) => (
        <li key={item} className="flex gap-2">
          <span aria-hidden="true">☐</span>
          <span>
            <InlineMarkdown>{item}</InlineMarkdown>
          </span>
        </li>
      ))}
    </ul>
  );
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
      <TopicSection id="requirements" title="Requirements">
        <Checklist items={project.requirements} label="Requirements" />
      </TopicSection>
      <TopicSection id="acceptance" title="Check it yourself">
        <Checklist items={project.acceptance} label="Acceptance criteria" />
      </TopicSection>
      <TopicSection id="stretch" title="Stretch goals">
        <Checklist items={project.stretch} label="Stretch goals" />
      </TopicSection>
      {project.reviewed && (
        <p className="mt-6 text-sm text-muted">
          Reviewed <time dateTime={project.reviewed}>{formatCalendarDate(project.reviewed)}</time>
          {project.reviewer && ` by ${project.reviewer}`}
        </p>
      )}
    </article>
  );
}
