import type { Project, Roadmap, Step } from '@/lib/content';

import type { ProjectStatus } from './status';

export type LearnerProject = {
  roadmap: Pick<Roadmap, 'id' | 'title'>;
  step: Pick<Step, 'id' | 'title' | 'number'>;
  project: Pick<Project, 'id' | 'title' | 'hours'>;
  status: ProjectStatus;
  url: string | null;
};

type Row = { roadmapId: string; projectId: string; status: ProjectStatus; url: string | null };

/**
 * A learner's started projects (in progress or done; `only` narrows to one status), in roadmap
 * and step order. Rows for projects the content no longer has are left out: they have no page.
 */
export function learnerProjects(
  roadmaps: readonly Roadmap[],
  rows: readonly Row[],
  only?: ProjectStatus,
): LearnerProject[] {
  const byKey = new Map(rows.map((row) => [`${row.roadmapId}/${row.projectId}`, row]));
  return roadmaps.flatMap((roadmap) =>
    roadmap.steps.flatMap((step) => {
      const row = byKey.get(`${roadmap.id}/${step.project.id}`);
      if (!row || row.status === 'not_started' || (only && row.status !== only)) return [];
      const { id, title, hours } = step.project;
      return [
        {
          roadmap: { id: roadmap.id, title: roadmap.title },
          step: { id: step.id, title: step.title, number: step.number },
          project: { id, title, hours },
          status: row.status,
          url: row.url,
        },
      ];
    }),
  );
}
