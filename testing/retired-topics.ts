import { afterAll, beforeAll } from 'vitest';

import { getRoadmap } from '@/lib/content';

/**
 * Lists `ids` as topics the roadmap retired (its front matter's `retiredTopics`) for the tests of
 * one file: today's content has retired none, and a retired topic's progress must still import.
 */
export function useRetiredTopics(roadmapId: string, ids: readonly string[]) {
  const retired = () => getRoadmap(roadmapId)!.retiredTopics;
  beforeAll(() => {
    retired().push(...ids);
  });
  afterAll(() => {
    const kept = retired().filter((id) => !ids.includes(id));
    retired().splice(0, retired().length, ...kept);
  });
}
