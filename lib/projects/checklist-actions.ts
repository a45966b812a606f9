'use server';

import { formAction, userAction } from '@/lib/action';
import { spendRowWrites } from '@/lib/rate-limit/check';

import { toChecklistTree } from './checklist';
import { mergeChecklistsInput, setChecklistInput } from './checklist-input';
import { getChecklistRows, mergeChecklists, writeChecklist } from './checklist-queries';

export type SavedChecklist = {
  roadmapId: string;
  projectId: string;
  ticked: string[];
  updatedAt: string;
};

/**
 * Saves which items of a step project's checklist the signed-in learner has ticked (the checklist
 * form, which posts every box at once, so the saved set is exactly what the page shows).
 */
export const setProjectChecklist = formAction(
  'setProjectChecklist',
  setChecklistInput,
  async (input, user): Promise<SavedChecklist> => {
    const row = await writeChecklist(user.id, input);
    return { ...row, updatedAt: row.updatedAt.toISOString() };
  },
);

/**
 * Merges the checklists this browser kept before sign-in into the account (newest wins per
 * project). Every checklist merged counts against the write budget.
 */
export const mergeBrowserChecklists = userAction(
  'mergeBrowserChecklists',
  mergeChecklistsInput,
  async ({ entries, ignored }, user) => {
    const merged = await mergeChecklists(user.id, entries);
    await spendRowWrites(user.id, merged);
    return { merged, ignored, checklists: toChecklistTree(await getChecklistRows(user.id)) };
  },
);
