import { z } from 'zod';

import { formatNumber } from '@/lib/format';
import { contentId, knownTopic } from '@/lib/progress/input';

import { MAX_NOTE_LENGTH } from './limits';

/** One line ending, as the textarea shows it: a posted form sends CRLF, which would count twice. */
const noteBody = z
  .string({ error: 'The note is missing.' })
  .transform((body) => body.replace(/\r\n?/g, '\n'))
  .pipe(
    z.string().max(MAX_NOTE_LENGTH, {
      error: (issue) =>
        `Your note is ${formatNumber(String(issue.input).length)} characters long; a note can hold ${formatNumber(MAX_NOTE_LENGTH)}. Shorten it and save again.`,
    }),
  );

export const saveNoteInput = z
  .object({ roadmapId: contentId, topicId: contentId, body: noteBody })
  .refine(knownTopic, { message: 'This topic does not exist (any more).', path: ['topicId'] });
