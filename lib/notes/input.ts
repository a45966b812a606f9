import { z } from 'zod';

import { knownTopic } from '@/lib/content';
import { formatNumber } from '@/lib/format';
import { contentId } from '@/lib/validation';

import { MAX_NOTE_LENGTH } from './limits';
import { noteMarkdownProblem } from './markdown';

/** One line ending, as the textarea shows it: a posted form sends CRLF, which would count twice. */
const noteBody = z
  .string({ error: 'The note is missing.' })
  .transform((body) => body.replace(/\r\n?/g, '\n'))
  .pipe(
    z.string().max(MAX_NOTE_LENGTH, {
      error: (issue) =>
        `Your note is ${formatNumber(String(issue.input).length)} characters long; a note can hold ${formatNumber(MAX_NOTE_LENGTH)}. Shorten it and save again.`,
    }),
  )
  // Bounded before it is stored: no note can be slow to show, nor break the database with a NUL.
  .superRefine((body, context) => {
    const problem = noteMarkdownProblem(body);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

export const saveNoteInput = z
  .object({ roadmapId: contentId, topicId: contentId, body: noteBody })
  .refine(knownTopic, { message: 'This topic does not exist (any more).', path: ['topicId'] });
