import { topicStatuses, type TopicStatus } from './status';

export type ProgressEntry = { status: TopicStatus; updatedAt: string };
/** Progress by roadmap id, then topic id. */
export type ProgressTree = Record<string, Record<string, ProgressEntry>>;

export const LOCAL_PROGRESS_KEY = 'waymark-progress';

// Checked by hand, not with zod: this module ships to every browser, and the shape is tiny. The
// server validates everything again (zod) before any of it is merged into an account.
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The browser's saved progress; anything unreadable (old format, tampering) counts as none. */
export const { parse: parseLocalProgress, serialize: serializeLocalProgress } =
  localTreeFormat<ProgressEntry>('progress', (entry) =>
    topicStatuses.includes(entry.status as TopicStatus),
  );

/** Anything the browser keeps per roadmap and item (topic progress, step projects). */
export type EntryTree<E> = Record<string, Record<string, E>>;

/**
 * How the browser keeps a tree under its own key, `{ version: 1, <field>: tree }`, read back with
 * every entry held to `fieldsOk` and a readable time: anything unreadable (old format, tampering)
 * counts as none.
 */
export function localTreeFormat<E extends { updatedAt: string }>(
  field: string,
  fieldsOk: (entry: Record<string, unknown>) => boolean,
) {
  const isEntry = (value: unknown): value is E =>
    isRecord(value) &&
    fieldsOk(value) &&
    typeof value.updatedAt === 'string' &&
    !Number.isNaN(Date.parse(value.updatedAt));
  const isTree = (value: unknown): value is EntryTree<E> =>
    isRecord(value) &&
    Object.values(value).every((items) => isRecord(items) && Object.values(items).every(isEntry));
  return {
    parse(text: string | null): EntryTree<E> {
      if (!text) return {};
      try {
        const stored: unknown = JSON.parse(text);
        return isRecord(stored) && stored.version === 1 && isTree(stored[field])
          ? stored[field]
          : {};
      } catch {
        return {};
      }
    },
    serialize: (tree: EntryTree<E>) => JSON.stringify({ version: 1, [field]: tree }),
  };
}

/**
 * Rows of the account as the tree the browser keeps (roadmap → item → the rest of the row), the
 * time as text; the inverse of {@link flattenTree}.
 */
export function toEntryTree<R extends { roadmapId: string; updatedAt: Date }, K extends keyof R>(
  rows: readonly R[],
  idName: K,
) {
  type Entry = Omit<R, 'roadmapId' | 'updatedAt' | K> & { updatedAt: string };
  const tree: EntryTree<Entry> = {};
  for (const { roadmapId, updatedAt, ...row } of rows) {
    const { [idName]: id, ...entry } = row as Omit<R, 'roadmapId' | 'updatedAt'>;
    (tree[roadmapId] ??= {})[String(id)] = {
      ...entry,
      updatedAt: updatedAt.toISOString(),
    } as Entry;
  }
  return tree;
}

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
