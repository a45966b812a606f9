'use server';

import { formAction, userAction } from '@/lib/action';

import { mergeChecklistsInput, setChecklistInput } from './checklist-input';
import { checklistRows } from './checklist-queries';

/**
 * Saves which items of a step project's checklist the signed-in learner has ticked (the checklist
 * form, which posts every box at once, so the saved set is exactly what the page shows).
 */
export const setProjectChecklist = formAction(
  'setProjectChecklist',
  setChecklistInput,
  (input, user) => checklistRows.save(user.id, input),
);

/**
 * Merges the checklists this browser kept before sign-in into the account (newest wins per
 * project). Every checklist merged counts against the write budget.
 */
export const mergeBrowserChecklists = userAction(
  'mergeBrowserChecklists',
  mergeChecklistsInput,
  (input, user) => checklistRows.mergeFromBrowser(user.id, input),
);
