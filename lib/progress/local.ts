import { z } from 'zod';

import { topicStatuses, type TopicStatus } from './status';

export type ProgressEntry = { status: TopicStatus; updatedAt: string };
/** Progress by roadmap id, then topic id. */
export type ProgressTree = Record<string, Record<string, ProgressEntry>>;

export const LOCAL_PROGRESS_KEY = 'waymark-progress';

const storedSchema = z.object({
  version: z.literal(1),
  progress: z.record(
    z.string().max(64),
    z.record(
      z.string().max(64),
      z.object({ status: z.enum(topicStatuses), updatedAt: z.iso.datetime({ offset: true }) }),
    ),
  ),
});

/** The browser's saved progress; anything unreadable (old format, tampering) counts as none. */
export function parseLocalProgress(text: string | null): ProgressTree {
  if (!text) return {};
  try {
    const parsed = storedSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.progress : {};
  } catch {
    return {};
  }
}

export function serializeLocalProgress(progress: ProgressTree): string {
  return JSON.stringify({ version: 1, progress });
}

/** The entries to send for a merge into the account. */
export function flattenProgress(progress: ProgressTree) {
  return Object.entries(progress).flatMap(([roadmapId, topics]) =>
    Object.entries(topics).map(([topicId, entry]) => ({ roadmapId, topicId, ...entry })),
  );
}

export function withEntry(
  progress: ProgressTree,
  roadmapId: string,
  topicId: string,
  entry: ProgressEntry,
): ProgressTree {
  return { ...progress, [roadmapId]: { ...progress[roadmapId], [topicId]: entry } };
}

export function statusesOf(progress: ProgressTree, roadmapId: string): Record<string, TopicStatus> {
  return Object.fromEntries(
    Object.entries(progress[roadmapId] ?? {}).map(([id, e]) => [id, e.status]),
  );
}
