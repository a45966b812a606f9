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
  const newestIncoming = new Map<TopicKey, T>();
  for (const entry of incoming) {
    const key = topicKey(entry.roadmapId, entry.topicId);
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
