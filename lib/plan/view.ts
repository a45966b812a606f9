import type { ProgressEntry } from '@/lib/progress/local';
import type { TopicStatus } from '@/lib/progress/status';

import { planItems, type ItemProgress, type PlanItem, type PlanRoadmap } from './items';
import type { PlanState } from './state';
import { summarisePlan, type PlanSummary } from './summary';

/** Progress as both the server (rows) and the browser (its tree) hold it, by topic id. */
export type ProgressByTopic = Readonly<Record<string, ProgressEntry | undefined>>;

/** Progress rows as {@link ProgressByTopic}, per roadmap id. */
export function progressByRoadmap(
  rows: readonly { roadmapId: string; topicId: string; status: TopicStatus; updatedAt: Date }[],
): Map<string, Record<string, ProgressEntry>> {
  const byRoadmap = new Map<string, Record<string, ProgressEntry>>();
  for (const row of rows) {
    const topics = byRoadmap.get(row.roadmapId) ?? {};
    topics[row.topicId] = { status: row.status, updatedAt: row.updatedAt.toISOString() };
    byRoadmap.set(row.roadmapId, topics);
  }
  return byRoadmap;
}

/** A roadmap's planned items with the learner's progress and logged time. */
export function planItemsFor(
  roadmap: PlanRoadmap,
  progress: ProgressByTopic,
  state: PlanState,
): PlanItem[] {
  const topics = new Map<string, ItemProgress>();
  for (const [topicId, entry] of Object.entries(progress)) {
    if (entry) topics.set(topicId, { status: entry.status, updatedAt: new Date(entry.updatedAt) });
  }
  return planItems(roadmap, {
    topics,
    logged: new Map(Object.entries(state.logged)),
    planStartedAt: state.startedAt ? new Date(state.startedAt) : null,
  });
}

/**
 * The plan's summary for one roadmap from the learner's progress and plan state — the same
 * function on the dashboard and in the feed (server) and on the roadmap page (browser), so all
 * say the same thing. Null without a plan.
 */
export function planSummaryFor(
  roadmap: PlanRoadmap,
  progress: ProgressByTopic,
  state: PlanState,
): PlanSummary | null {
  if (state.versions.length === 0) return null;
  const items = planItemsFor(roadmap, progress, state);
  return summarisePlan(items, state.versions, state.targetDate, state.today);
}
