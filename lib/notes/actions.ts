'use server';

import { fieldsOf, runUserAction, type ActionResult } from '@/lib/action';

import { saveNoteInput } from './input';
import { saveNote } from './queries';

/** The note as saved, or null when saving an empty note removed it. */
export type SavedNote = { body: string; updatedAt: string } | null;

/**
 * What the note form shows after a save. `draft` is the text the learner sent, so a refused save
 * (too long, signed out) without JavaScript renders their text again instead of losing it.
 */
type NoteSaveState = { result: ActionResult<SavedNote>; draft: string };

/** Saves the signed-in learner's note on a topic. */
export async function saveTopicNote(
  _previous: NoteSaveState | null,
  formData: FormData,
): Promise<NoteSaveState> {
  const fields = fieldsOf(formData);
  const result = await runUserAction(
    'saveTopicNote',
    saveNoteInput,
    fields,
    async (input, user) => {
      const saved = await saveNote(user.id, input);
      return saved ? { body: saved.body, updatedAt: saved.updatedAt.toISOString() } : null;
    },
  );
  return { result, draft: typeof fields.body === 'string' ? fields.body : '' };
}
