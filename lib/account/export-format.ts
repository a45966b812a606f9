import { z } from 'zod';

import { getRoadmap } from '@/lib/content';
import { MAX_NOTE_LENGTH } from '@/lib/notes/limits';
import {
  MAX_MARKS_PER_PARAGRAPH,
  MAX_NOTE_NESTING,
  noteMarkdownProblem,
} from '@/lib/notes/markdown';
import { displayableName, MAX_DISPLAY_NAME_LENGTH } from '@/lib/profile/input';
import { topicStatuses } from '@/lib/progress/status';

export const EXPORT_FORMAT = 'waymark-export';
/** Version 2 added settings and notes; version 1 files (progress and history only) still import. */
export const EXPORT_VERSION = 2;
/** Far above any real learner (two roadmaps of ~110 topics), far below anything abusive. */
export const MAX_IMPORT_ENTRIES = 5_000;
// Below Next's 1 MB server-action body limit, so an oversized file gets this message, not Next's.
export const MAX_IMPORT_BYTES = 900_000;

const isoDate = z.iso.datetime({ offset: true, error: 'is not a date and time' });
const topicId = z.string().regex(/^[a-z0-9-]{1,64}$/, 'is not a topic id');
const roadmapId = z.string().refine((id) => getRoadmap(id) !== undefined, {
  error: (issue) => `names an unknown roadmap "${String(issue.input)}"`,
});
const status = z.enum(topicStatuses, {
  error: 'is not one of not_started, in_progress, done, skipped',
});

/**
 * Everything Waymark holds about a learner, as one JSON document. Topic ids the content no longer
 * has are allowed: they are kept as retired progress, as everywhere.
 */
export const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT, {
    error: `is not "${EXPORT_FORMAT}": this is not a Waymark export`,
  }),
  version: z.literal([1, EXPORT_VERSION], {
    error: `is not 1 or ${EXPORT_VERSION}, the versions this Waymark reads`,
  }),
  exportedAt: isoDate,
  profile: z.object({
    name: z.string().max(200).nullable(),
    login: z.string().max(100).nullable(),
    timeZone: z.string().max(64).nullable(),
    createdAt: isoDate,
  }),
  progress: z
    .array(z.object({ roadmapId, topicId, status, updatedAt: isoDate }))
    .max(MAX_IMPORT_ENTRIES, `holds more than ${MAX_IMPORT_ENTRIES} entries`),
  settings: z
    .object({
      profilePublic: z.boolean(),
      showNotes: z.boolean(),
      displayName: z
        .string()
        .max(MAX_DISPLAY_NAME_LENGTH)
        .refine(
          (name) => displayableName(name) === name,
          'has invisible characters or extra spaces',
        )
        .nullable(),
    })
    .optional(),
  notes: z
    .array(
      z.object({
        roadmapId,
        topicId,
        body: z
          .string()
          .min(1, 'is empty')
          .max(MAX_NOTE_LENGTH, `is longer than ${MAX_NOTE_LENGTH} characters`)
          // The same bounds as a typed note: an import must not store what the editor refuses.
          .refine(
            (body) => noteMarkdownProblem(body) === undefined,
            `is a note Waymark cannot keep (a NUL character, lists or quotes nested more than ${MAX_NOTE_NESTING} deep, or more than ${MAX_MARKS_PER_PARAGRAPH} formatting marks in a paragraph)`,
          ),
        updatedAt: isoDate,
      }),
    )
    .max(MAX_IMPORT_ENTRIES, `holds more than ${MAX_IMPORT_ENTRIES} entries`)
    .superRefine((notes, context) => {
      const seen = new Set<string>();
      notes.forEach((note, index) => {
        const key = `${note.roadmapId}/${note.topicId}`;
        if (seen.has(key)) {
          context.addIssue({
            code: 'custom',
            path: [index],
            message: `repeats the note on ${key}`,
          });
        }
        seen.add(key);
      });
    })
    .default([]),
  history: z
    .array(
      z.object({
        roadmapId: z.string().max(64),
        topicId: z.string().max(64),
        status,
        source: z.string().max(20),
        changedAt: isoDate,
      }),
    )
    .max(100_000, 'holds more than 100000 entries'),
});

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
