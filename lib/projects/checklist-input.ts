import { z } from 'zod';

import { findProject, knownProject } from '@/lib/content';
import { isRecord } from '@/lib/progress/local';
import { browserEntries, contentId, dateTimeSince2000 } from '@/lib/validation';

import {
  CHECKLIST_ITEM_ID,
  isChecklistItemOf,
  MAX_CHECKLIST_ITEMS,
  normalTicks,
  TICK_FIELD_PREFIX,
} from './checklist';
import { MAX_PROJECT_MERGE_ENTRIES } from './input';

/** Ticked item ids as any door carries them, each of the shape `r1`, at most one list's worth. */
export const tickedIds = z
  .array(z.string().regex(CHECKLIST_ITEM_ID, 'is not a checklist item'))
  .max(MAX_CHECKLIST_ITEMS, `holds more than ${MAX_CHECKLIST_ITEMS} ticks`);

type Ticks = { roadmapId: string; projectId: string; ticked: string[] };

/** Whether every ticked id names an item of the project's lists as the content has them now. */
export const knownTicks = ({ roadmapId, projectId, ticked }: Ticks) => {
  const found = findProject(roadmapId, projectId);
  return found !== undefined && ticked.every((id) => isChecklistItemOf(found.project, id));
};

/** The ticks an account keeps of an entry: only items the project still has, each once. */
export const keptTicks = <T extends Ticks>(entry: T): T => {
  const project = findProject(entry.roadmapId, entry.projectId)?.project;
  const ticked = project ? entry.ticked.filter((id) => isChecklistItemOf(project, id)) : [];
  return { ...entry, ticked: normalTicks(ticked) };
};

const formFieldsAsTicks = (fields: unknown) =>
  isRecord(fields)
    ? {
        roadmapId: fields.roadmapId,
        projectId: fields.projectId,
        ticked: Object.keys(fields)
          .filter((name) => name.startsWith(TICK_FIELD_PREFIX))
          .map((name) => name.slice(TICK_FIELD_PREFIX.length)),
      }
    : fields;

/** The checklist form: every box of the project, ticked or not; the ticked ones are kept. */
export const setChecklistInput = z.preprocess(
  formFieldsAsTicks,
  z
    .object({ roadmapId: contentId, projectId: contentId, ticked: tickedIds })
    .refine(knownProject, {
      message: 'This project does not exist (any more).',
      path: ['projectId'],
    })
    .refine(knownTicks, {
      message: 'This checklist item does not exist (any more).',
      path: ['ticked'],
    })
    .transform((input) => ({ ...input, ticked: normalTicks(input.ticked) })),
);

const browserEntry = z.object({
  roadmapId: contentId,
  projectId: contentId,
  ticked: tickedIds,
  updatedAt: dateTimeSince2000.transform((iso) => new Date(iso)),
});

/**
 * Checklists a browser kept before sign-in, by the rules of project status: an entry for a project
 * the content no longer has is ignored and counted; ticks on items it no longer has are dropped.
 */
export const mergeChecklistsInput = z
  .object({
    entries: browserEntries(browserEntry, knownProject, MAX_PROJECT_MERGE_ENTRIES),
  })
  .transform(({ entries }) => ({ ...entries, entries: entries.entries.map(keptTicks) }));

export type SetChecklistInput = z.output<typeof setChecklistInput>;
