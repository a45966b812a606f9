import { z } from 'zod';

import { cohortsExportSection } from '@/lib/cohorts/export-entry';
import { findTopic, retiredTopic } from '@/lib/content';
import { MAX_NOTE_LENGTH } from '@/lib/notes/limits';
import {
  MAX_MARKS_PER_PARAGRAPH,
  MAX_NOTE_NESTING,
  noteMarkdownProblem,
} from '@/lib/notes/markdown';
import { planExportSection } from '@/lib/plan/export';
import { displayableName, MAX_DISPLAY_NAME_LENGTH } from '@/lib/profile/input';
import { MAX_RETIRED_TOPICS } from '@/lib/progress/limits';
import { tickedIds } from '@/lib/projects/checklist-input';
import { projectUrl } from '@/lib/projects/input';
import { projectStatuses } from '@/lib/projects/status';
import { text, timeZoneName } from '@/lib/validation';

import { importedCheckAnswers } from './check-answers-import';
import { isoDate, projectId, roadmapId, status, topicId } from './export-fields';

export const EXPORT_FORMAT = 'waymark-export';
/**
 * Version 3 added step projects, knowledge-check answers, study plans and logged time (and, later,
 * the optional project checklists); version 2 settings and notes. Files of versions 1 and 2 still import (they simply hold none of these).
 */
export const EXPORT_VERSION = 3;
/** Far above any real learner (two roadmaps of ~110 topics), far below anything abusive. */
const MAX_IMPORT_ENTRIES = 5_000;
// Below Next's 1 MB server-action body limit, so an oversized file gets this message, not Next's.
export const MAX_IMPORT_BYTES = 900_000;

type TopicEntry = { roadmapId: string; topicId: string };

/**
 * Refuses a file naming a topic its roadmap never had (neither a topic now nor one it lists as
 * retired): a made-up id is a problem like any other, so the file is refused whole. Topics the
 * roadmap retired still import, up to the {@link MAX_RETIRED_TOPICS} an account may keep.
 */
function refuseInventedTopics(
  file: { progress: TopicEntry[]; notes: TopicEntry[] },
  context: z.RefinementCtx,
) {
  const retired = new Set<string>();
  for (const list of ['progress', 'notes'] as const) {
    for (const [index, entry] of file[list].entries()) {
      if (findTopic(entry.roadmapId, entry.topicId)) continue;
      const path = [list, index, 'topicId'];
      if (!retiredTopic(entry)) {
        const message = `names a topic "${entry.topicId}" the roadmap "${entry.roadmapId}" never had`;
        context.addIssue({ code: 'custom', path, message });
        return;
      }
      retired.add(`${entry.roadmapId}/${entry.topicId}`);
      if (retired.size > MAX_RETIRED_TOPICS) {
        context.addIssue({
          code: 'custom',
          path,
          message: `names more retired topics than the ${MAX_RETIRED_TOPICS} an account can keep`,
        });
        return;
      }
    }
  }
}

/**
 * A list of the file kept one row per topic or project, as the tables hold them: at most
 * MAX_IMPORT_ENTRIES entries, and every entry whose key an earlier entry already had is flagged.
 * A file without the list imports none.
 */
function listByKey<Entry extends z.ZodType>(
  entry: Entry,
  keyOf: (entry: z.output<Entry>) => string,
  repeated: (key: string) => string,
) {
  return z
    .array(entry)
    .max(MAX_IMPORT_ENTRIES, `holds more than ${MAX_IMPORT_ENTRIES} entries`)
    .superRefine((entries, context) => {
      const seen = new Set<string>();
      entries.forEach((item, index) => {
        const key = keyOf(item);
        if (seen.has(key))
          context.addIssue({ code: 'custom', path: [index], message: repeated(key) });
        seen.add(key);
      });
    })
    .default([]);
}

/**
 * Everything Waymark holds about a learner, as one JSON document. Topic ids a roadmap retired are
 * allowed, up to {@link MAX_RETIRED_TOPICS}: they are kept as retired progress, as everywhere; an
 * id the roadmap never had refuses the file. Every text is free of NUL characters and every date lies between 2000 and today.
 */
export const exportFileSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT, {
      error: `is not "${EXPORT_FORMAT}": this is not a Waymark export`,
    }),
    version: z.literal([1, 2, EXPORT_VERSION], {
      error: `is not 1, 2 or ${EXPORT_VERSION}, the versions this Waymark reads`,
    }),
    exportedAt: isoDate,
    profile: z.object({
      name: text().max(200).nullable(),
      login: text().max(100).nullable(),
      // Not stored by an import; a zone saved before zones were checked must not refuse the file.
      timeZone: timeZoneName.nullable().catch(null),
      createdAt: isoDate,
    }),
    progress: z
      .array(z.object({ roadmapId, topicId, status, updatedAt: isoDate }))
      .max(MAX_IMPORT_ENTRIES, `holds more than ${MAX_IMPORT_ENTRIES} entries`),
    settings: z
      .object({
        profilePublic: z.boolean(),
        showNotes: z.boolean(),
        displayName: text()
          .max(MAX_DISPLAY_NAME_LENGTH)
          .refine(
            (name) => displayableName(name) === name,
            'has invisible characters or extra spaces',
          )
          .nullable(),
      })
      .optional(),
    notes: listByKey(
      z.object({
        roadmapId,
        topicId,
        body: text()
          .min(1, 'is empty')
          .max(MAX_NOTE_LENGTH, `is longer than ${MAX_NOTE_LENGTH} characters`)
          // The same bounds as a typed note: an import must not store what the editor refuses.
          .refine(
            (body) => noteMarkdownProblem(body) === undefined,
            `is a note Waymark cannot keep (a NUL character, lists or quotes nested more than ${MAX_NOTE_NESTING} deep, or more than ${MAX_MARKS_PER_PARAGRAPH} formatting marks in a paragraph)`,
          ),
        updatedAt: isoDate,
      }),
      (note) => `${note.roadmapId}/${note.topicId}`,
      (key) => `repeats the note on ${key}`,
    ),
    projects: listByKey(
      z.object({
        roadmapId,
        projectId,
        status: z.enum(projectStatuses, {
          error: 'is not one of not_started, in_progress, done',
        }),
        // The form's rule: an import completes and refuses links as the form does.
        url: projectUrl((problem) => problem).nullable(),
        updatedAt: isoDate,
      }),
      (project) => `${project.roadmapId}/${project.projectId}`,
      (key) => `repeats the project ${key}`,
    ),
    // Added within version 3: a file without it imports with no checklists.
    checklists: listByKey(
      z.object({ roadmapId, projectId, ticked: tickedIds, updatedAt: isoDate }),
      (checklist) => `${checklist.roadmapId}/${checklist.projectId}`,
      (key) => `repeats the checklist of ${key}`,
    ),
    checkAnswers: importedCheckAnswers,
    history: z
      .array(
        z.object({
          roadmapId: text().max(64),
          topicId: text().max(64),
          status,
          source: text().max(20),
          changedAt: isoDate,
        }),
      )
      .max(100_000, 'holds more than 100000 entries'),
    plans: planExportSection.optional(),
    // Added within version 3: a file without it lists no cohorts. Never imported (see the entry).
    cohorts: cohortsExportSection,
  })
  .superRefine(refuseInventedTopics);

export type ExportFile = z.infer<typeof exportFileSchema>;

/** The first problem of an invalid file, named by where it is: `progress[3].status is not …`. */
export function describeImportProblem(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const where = issue.path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : index === 0 ? String(part) : `.${String(part)}`,
    )
    .join('');
  return `${where || 'The file'} ${issue.message}`;
}
