'use server';

import { formAction } from '@/lib/action';

import { saveNoteInput } from './input';
import { saveNote } from './queries';

/** The note as saved, or null when saving an empty note removed it. */
export type SavedNote = { body: string; updatedAt: string } | null;

/** Saves the signed-in learner's note on a topic (an empty note removes it). */
export const saveTopicNote = formAction(
  'saveTopicNote',
  saveNoteInput,
  async (input, user): Promise<SavedNote> => {
    const saved = await saveNote(user.id, input);
    return saved ? { body: saved.body, updatedAt: saved.updatedAt.toISOString() } : null;
  },
);
