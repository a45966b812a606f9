'use client';

import { newestOf } from '@/lib/progress/browser-sync';
import {
  browserChecklistsFormat,
  type ChecklistEntry,
  type ChecklistTree,
} from '@/lib/projects/checklist';
import { mergeBrowserChecklists } from '@/lib/projects/checklist-actions';

import { learnerState, updateLearner, useLearner } from '../progress/learnerStore';
import { browserProjectTree } from './browserProjectTree';

/** Checklists saved on the account, merged over those loaded (newest wins). */
export function recordAccountChecklists(checklists: ChecklistTree) {
  updateLearner({ checklists: newestOf(learnerState().checklists, checklists) });
}

/** The checklist ticks a visitor keeps in this browser, merged into the account at sign-in. */
const browserChecklists = browserProjectTree({
  ...browserChecklistsFormat,
  merge: mergeBrowserChecklists,
  record: ({ checklists }) => recordAccountChecklists(checklists),
});

/** The project's ticks as shown: the account's when signed in, else this browser's. */
export function useChecklistEntry(
  roadmapId: string,
  projectId: string,
): ChecklistEntry | undefined {
  const learner = useLearner();
  const local = browserChecklists.useBrowserTree();
  return (learner.user ? learner.checklists : local)[roadmapId]?.[projectId];
}

export const recordBrowserChecklist = browserChecklists.record;

/** Run by the learner loader after each lookup (see {@link browserProjectTree}). */
export const syncBrowserChecklists = browserChecklists.sync;
