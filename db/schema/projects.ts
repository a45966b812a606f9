import { sql } from 'drizzle-orm';
import { check, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

import { MAX_CHECKLIST_ITEMS, MAX_PROJECT_URL_LENGTH, projectStatuses } from '../constraints';
import { ownerColumn, statusCheck, timestampColumn } from './columns';

/**
 * A learner's status of one step project and the link to what they built. Keyed like progress
 * (content ids, no foreign key to content), in its own table so project progress never counts
 * toward topic percentages, streaks or the topic history.
 */
export const projectProgress = pgTable(
  'project_progress',
  {
    userId: ownerColumn(),
    roadmapId: text('roadmap_id').notNull(),
    projectId: text('project_id').notNull(),
    status: text('status', { enum: projectStatuses }).notNull(),
    /** The learner's public repository or demo: https only, checked on the server. */
    url: text('url'),
    updatedAt: timestampColumn('updated_at'),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.roadmapId, table.projectId] }),
    check('project_progress_status_check', statusCheck('status', projectStatuses)),
    check(
      'project_progress_url_check',
      sql.raw(
        `url is null or (url like 'https://%' and char_length(url) <= ${MAX_PROJECT_URL_LENGTH})`,
      ),
    ),
  ],
);

export type ProjectProgress = typeof projectProgress.$inferSelect;

/**
 * The checklist items (requirements, self-checks, stretch goals) a learner ticked on a step
 * project: one row per project, the ticked item ids in one array (`r1`, `a2`, `s1`: list and
 * place, see lib/projects/checklist.ts). Apart from project_progress so ticking never changes the
 * status's time, which decides merges. At most one row per project of the content, each bounded.
 */
export const projectChecklists = pgTable(
  'project_checklists',
  {
    userId: ownerColumn(),
    roadmapId: text('roadmap_id').notNull(),
    projectId: text('project_id').notNull(),
    ticked: text('ticked').array().notNull(),
    updatedAt: timestampColumn('updated_at'),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.roadmapId, table.projectId] }),
    check(
      'project_checklists_ticked_check',
      sql.raw(`cardinality(ticked) <= ${MAX_CHECKLIST_ITEMS}`),
    ),
  ],
);

export type ProjectChecklist = typeof projectChecklists.$inferSelect;
