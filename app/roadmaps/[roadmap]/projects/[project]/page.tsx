import { InlineMarkdown, Markdown } from '@/app/_components/Markdown';
import { projectWayOn } from '@/app/_components/next-step/offers';
import { WayOn } from '@/app/_components/next-step/WayOn';
import { ChecklistBox, ProjectChecklist } from '@/app/_components/projects/ProjectChecklist';
import { ProjectStatusForm } from '@/app/_components/projects/ProjectStatusForm';
import { findProject, getRoadmaps } from '@/lib/content';
import { formatHours } from '@/lib/format';
import { checklistOf } from '@/lib/projects/checklist';
import { projectPath } from '@/lib/routes';

import { TopicSection } from '../../[topic]/TopicSection';
import { ReviewedLine, StepItemHeader, stepItemPage } from '../../StepItem';

export const dynamicParams = false;

export function generateStaticParams() {
  return getRoadmaps().flatMap((roadmap) =>
    roadmap.steps.map((step) => ({ roadmap: roadmap.id, project: step.project.id })),
  );
}

type Props = PageProps<'/roadmaps/[roadmap]/projects/[project]'>;

const projectPage = stepItemPage(
  (params: Awaited<Props['params']>) => findProject(params.roadmap, params.project),
  ({ roadmap, step, project }) => ({
    title: `${project.title} — ${roadmap.title} project`,
    description: `A hands-on project for “${step.title}”: ${project.requirements.length} requirements, about ${formatHours(project.hours)}.`,
    url: projectPath(roadmap.id, project.id),
  }),
);

export const generateMetadata = projectPage.generateMetadata;

export default async function ProjectPage({ params }: Props) {
  const found = await projectPage.load(params);
  const { roadmap, step, project } = found;
  return (
    <article className="max-w-3xl">
      <StepItemHeader roadmap={roadmap} step={step} title={project.title} kind=" project">
        <p className="mt-2 text-sm text-muted">
          Estimated time: {formatHours(project.hours)}
          {project.anyLanguage && ' · Build it in any programming language you like.'}
        </p>
      </StepItemHeader>
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
      <ReviewedLine item={project} className="mt-6" />
      <WayOn offers={projectWayOn(roadmap, step.id)} />
    </article>
  );
}
