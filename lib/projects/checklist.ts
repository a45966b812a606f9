import { MAX_CHECKLIST_ITEMS } from '@/db/constraints';
import type { Project } from '@/lib/content';
import { flattenTree, localTreeFormat, toEntryTree, type EntryTree } from '@/lib/progress/local';

export { MAX_CHECKLIST_ITEMS };

/**
 * A project's three lists, each with the letter its item ids start with: an item is named by its
 * list and place (`r1` is the first requirement, `a2` the second self-check), so the page, the
 * browser and the database agree without storing the item's text.
 */
export const checklistLists = [
  { key: 'requirements', letter: 'r', title: 'Requirements', label: 'Requirements' },
  { key: 'acceptance', letter: 'a', title: 'Check it yourself', label: 'Acceptance criteria' },
  { key: 'stretch', letter: 's', title: 'Stretch goals', label: 'Stretch goals' },
] as const;

export type ChecklistItem = { id: string; text: string };

/** The project's lists with their item ids, in page order. */
export function checklistOf(project: Pick<Project, 'requirements' | 'acceptance' | 'stretch'>) {
  return checklistLists.map((list) => ({
    ...list,
    items: project[list.key].map((text, index) => ({ id: `${list.letter}${index + 1}`, text })),
  }));
}

/** Whether `id` names an item of the project's lists (a made-up or retired id does not). */
export const isChecklistItemOf = (
  project: Pick<Project, 'requirements' | 'acceptance' | 'stretch'>,
  id: string,
) => checklistOf(project).some((list) => list.items.some((item) => item.id === id));

/** The shape of an item id, before it is held to a project's lists. */
export const CHECKLIST_ITEM_ID = /^[ras][1-9]$/;

/** A box of the checklist form is named `tick-<item id>`; a ticked box posts its name. */
export const TICK_FIELD_PREFIX = 'tick-';

/** Ticked ids as they are kept: each once, in a fixed order, so equal sets compare equal. */
export const normalTicks = (ids: Iterable<string>) => [...new Set(ids)].sort();

/** The ticked ids after ticking (or unticking) one item. */
export const withTick = (ticked: readonly string[], id: string, on: boolean) =>
  normalTicks(on ? [...ticked, id] : ticked.filter((tickedId) => tickedId !== id));

/** A project's ticked items, as the account and this browser keep them. */
export type ChecklistEntry = { ticked: string[]; updatedAt: string };
export type ChecklistTree = EntryTree<ChecklistEntry>;

/** The browser's saved checklists (anything unreadable counts as none), and how they are saved. */
export const { parse: parseLocalChecklists, serialize: serializeLocalChecklists } =
  localTreeFormat<ChecklistEntry>(
    'checklists',
    ({ ticked }) =>
      Array.isArray(ticked) &&
      ticked.length <= MAX_CHECKLIST_ITEMS &&
      ticked.every((id) => typeof id === 'string' && CHECKLIST_ITEM_ID.test(id)),
  );

/** The entries to send for a merge into the account. */
export const flattenChecklists = (checklists: ChecklistTree) =>
  flattenTree(checklists, 'projectId');

/** Checklist rows as the tree the browser keeps (roadmap → project → ticked ids and time). */
export const toChecklistTree = (
  rows: readonly { roadmapId: string; projectId: string; ticked: string[]; updatedAt: Date }[],
): ChecklistTree => toEntryTree(rows, 'projectId');

/** What the learner is told after the browser's checklists joined their account. */
export function checklistMergeMessage(merged: number): string | undefined {
  if (merged === 0) return undefined;
  const what = merged === 1 ? "1 project's checklist" : `${merged} projects' checklists`;
  return `Ticks on ${what} from this browser were added to your account.`;
}

export const checklistMergeFailedMessage =
  'The checklist ticks saved in this browser could not be added to your account yet. They are kept here and will be added on your next visit.';

/**
 * How this browser keeps a visitor's checklist ticks (apart from project status, so neither
 * format has to change for the other) and what it says when they join an account.
 */
export const browserChecklistsFormat = {
  key: 'waymark-project-checklists',
  parse: parseLocalChecklists,
  serialize: serializeLocalChecklists,
  message: checklistMergeMessage,
  failedMessage: checklistMergeFailedMessage,
};
