import { topicStatuses, type TopicStatus } from './status';

export type ProgressEntry = { status: TopicStatus; updatedAt: string };
/** Progress by roadmap id, then topic id. */
export type ProgressTree = Record<string, Record<string, ProgressEntry>>;

export const LOCAL_PROGRESS_KEY = 'waymark-progress';

// Checked by hand, not with zod: this module ships to every browser, and the shape is tiny. The
// server validates everything again (zod) before any of it is merged into an account.
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isEntry = (value: unknown): value is ProgressEntry =>
  isRecord(value) &&
  topicStatuses.includes(value.status as TopicStatus) &&
  typeof value.updatedAt === 'string' &&
  !Number.isNaN(Date.parse(value.updatedAt));

function isProgressTree(value: unknown): value is ProgressTree {
  return (
    isRecord(value) &&
    Object.values(value).every((topics) => isRecord(topics) && Object.values(topics).every(isEntry))
  );
}

/** The browser's saved progress; anything unreadable (old format, tampering) counts as none. */
export function parseLocalProgress(text: string | null): ProgressTree {
  if (!text) return {};
  try {
    const stored: unknown = JSON.parse(text);
    return isRecord(stored) && stored.version === 1 && isProgressTree(stored.progress)
      ? stored.progress
      : {};
  } catch {
    return {};
  }
}

export function serializeLocalProgress(progress: ProgressTree): string {
  return JSON.stringify({ version: 1, progress });
}

/** Anything the browser keeps per roadmap and item (topic progress, step projects). */
export type EntryTree<E> = Record<string, Record<string, E>>;

/** The entries to send for a merge into the account. */
export function flattenProgress(progress: ProgressTree) {
  return flattenTree(progress, 'topicId');
}

/** A tree's entries as a list, each naming its roadmap and, under `idName`, its item. */
export function flattenTree<E, K extends string>(tree: EntryTree<E>, idName: K) {
  return Object.entries(tree).flatMap(([roadmapId, items]) =>
    Object.entries(items).map(
      ([id, entry]) =>
        ({ roadmapId, [idName]: id, ...entry }) as { roadmapId: string } & Record<K, string> & E,
    ),
  );
}

export function withEntry<E = ProgressEntry>(
  tree: EntryTree<E>,
  roadmapId: string,
  itemId: string,
  entry: NoInfer<E>,
): EntryTree<E> {
  return { ...tree, [roadmapId]: { ...tree[roadmapId], [itemId]: entry } };
}

export function statusesOf(progress: ProgressTree, roadmapId: string): Record<string, TopicStatus> {
  return Object.fromEntries(
    Object.entries(progress[roadmapId] ?? {}).map(([id, e]) => [id, e.status]),
  );
}
