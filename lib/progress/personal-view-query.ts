import 'server-only';

import { sql } from 'drizzle-orm';

import { getDb, type Database } from '@/db';
import { learnerRows } from '@/db/learner-rows';
import { notes, progress, projectChecklists, projectProgress } from '@/db/schema';
import type { ChecklistRow } from '@/lib/projects/checklist-queries';
import { maxProjectRowsPerLearner } from '@/lib/projects/limits';
import type { ProjectRow } from '@/lib/projects/queries';

import { maxTopicRowsPerLearner } from './limits';
import { progressRowColumns } from './queries';
import type { ProgressRow, TopicStatus } from './status';

export type PersonalView = {
  progress: ProgressRow[];
  /** Topics the learner keeps a note on; `body` only for the topic asked for. */
  notes: { roadmapId: string; topicId: string; updatedAt: Date; body: string | null }[];
  /** The learner's step projects on the same roadmaps. */
  projects: ProjectRow[];
  /** The items the learner ticked on those projects' checklists. */
  checklists: ChecklistRow[];
};

/**
 * Everything personal a roadmap or topic page shows — progress, which topics have a note, and the
 * note of the topic being read — in one statement, so a signed-in page view costs one session
 * lookup and this.
 */
export async function getPersonalView(
  userId: string,
  roadmapId?: string,
  noteTopicId?: string,
): Promise<PersonalView> {
  const rows = await personalViewQuery(await getDb(), userId, roadmapId, noteTopicId);
  const view: PersonalView = { progress: [], notes: [], projects: [], checklists: [] };
  for (const { kind, body, status, ...key } of rows) {
    const { topicId: projectId, ...rest } = key;
    if (kind === 'note') view.notes.push({ ...key, body });
    else if (kind === 'project') {
      view.projects.push({ ...rest, projectId, status: status as ProjectRow['status'], url: body });
    } else if (kind === 'checklist') {
      view.checklists.push({ ...rest, projectId, ticked: body ? body.split(' ') : [] });
    } else view.progress.push({ ...key, status });
  }
  return view;
}

/** The query behind {@link getPersonalView}, unexecuted, so the benchmark can EXPLAIN it. */
export function personalViewQuery(
  db: Database,
  userId: string,
  roadmapId?: string,
  noteTopicId?: string,
) {
  type Kind = 'progress' | 'note' | 'project' | 'checklist';
  const progressRows = db
    .select({
      kind: sql<Kind>`'progress'`.as('kind'),
      ...progressRowColumns,
      body: sql<string | null>`null`.as('body'),
    })
    .from(progress)
    .where(learnerRows(progress, userId, roadmapId));
  const noteRows = db
    .select({
      kind: sql<Kind>`'note'`,
      roadmapId: notes.roadmapId,
      topicId: notes.topicId,
      status: sql<TopicStatus>`null`,
      updatedAt: notes.updatedAt,
      body: noteTopicId
        ? sql<string | null>`case when ${notes.topicId} = ${noteTopicId} then ${notes.body} end`
        : sql<string | null>`null`,
    })
    .from(notes)
    .where(learnerRows(notes, userId, roadmapId));
  // A project rides in the same columns: its id as topic_id, its link as body.
  const projectRows = db
    .select({
      kind: sql<Kind>`'project'`,
      roadmapId: projectProgress.roadmapId,
      topicId: projectProgress.projectId,
      status: sql<TopicStatus>`${projectProgress.status}`,
      updatedAt: projectProgress.updatedAt,
      body: projectProgress.url,
    })
    .from(projectProgress)
    .where(learnerRows(projectProgress, userId, roadmapId));
  // A checklist too: its ticked item ids (`r1 a2`, never holding a space) as body.
  const checklistRows = db
    .select({
      kind: sql<Kind>`'checklist'`,
      roadmapId: projectChecklists.roadmapId,
      topicId: projectChecklists.projectId,
      status: sql<TopicStatus>`null`,
      updatedAt: projectChecklists.updatedAt,
      body: sql<string | null>`array_to_string(${projectChecklists.ticked}, ' ')`,
    })
    .from(projectChecklists)
    .where(learnerRows(projectChecklists, userId, roadmapId));
  return progressRows
    .unionAll(noteRows)
    .unionAll(projectRows)
    .unionAll(checklistRows)
    .limit(2 * maxTopicRowsPerLearner() + 2 * maxProjectRowsPerLearner());
}
