import type { TopicStatus } from './status';

export type TimedStatus = { status: TopicStatus; updatedAt: Date };
export type TopicKey = `${string}/${string}`;

export const topicKey = (roadmapId: string, topicId: string): TopicKey => `${roadmapId}/${topicId}`;

/**
 * The merge rule, for the browser's progress joining an account (and for imports): per topic, the
 * status changed most recently wins; on a tie the account keeps its own.
 */
export function selectMergeWinners<T extends TimedStatus & { roadmapId: string; topicId: string }>(
  incoming: readonly T[],
  existing: ReadonlyMap<TopicKey, TimedStatus>,
): T[] {
  return selectNewest(incoming, existing, (entry) => topicKey(entry.roadmapId, entry.topicId));
}

/**
 * The same rule for any record kept per key (topics, step projects): the newest incoming entry
 * per key wins when it is newer than the account's; on a tie the account keeps its own.
 */
export function selectNewest<T extends { updatedAt: Date }, K extends string>(
  incoming: readonly T[],
  existing: ReadonlyMap<K, { updatedAt: Date }>,
  keyOf: (entry: T) => K,
): T[] {
  const newestIncoming = new Map<K, T>();
  for (const entry of incoming) {
    const key = keyOf(entry);
    const seen = newestIncoming.get(key);
    if (!seen || entry.updatedAt > seen.updatedAt) newestIncoming.set(key, entry);
  }
  return [...newestIncoming.entries()]
    .filter(([key, entry]) => {
      const current = existing.get(key);
      return !current || entry.updatedAt.getTime() > current.updatedAt.getTime();
    })
    .map(([, entry]) => entry);
}
