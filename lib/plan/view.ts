import type { ProgressEntry } from '@/lib/progress/local';

import { planItems, type ItemProgress, type PlanRoadmap } from './items';
import type { PlanState } from './state';
import { summarisePlan, type PlanSummary } from './summary';

/** Progress as both the server (rows) and the browser (its tree) hold it, by topic id. */
export type ProgressByTopic = Readonly<Record<string, ProgressEntry | undefined>>;

/**
 * The plan's summary for one roadmap from the learner's progress and plan state — the same
 * function on the dashboard (server) and the roadmap page (browser), so both say the same thing.
 * Null without a plan.
 */
export function planSummaryFor(
  roadmap: PlanRoadmap,
  progress: ProgressByTopic,
  state: PlanState,
): PlanSummary | null {
  if (state.versions.length === 0) return null;
  const topics = new Map<string, ItemProgress>();
  for (const [topicId, entry] of Object.entries(progress)) {
    if (entry) topics.set(topicId, { status: entry.status, updatedAt: new Date(entry.updatedAt) });
  }
  const items = planItems(roadmap, {
    topics,
    logged: new Map(Object.entries(state.logged)),
    planStartedAt: state.startedAt ? new Date(state.startedAt) : null,
  });
  return summarisePlan(items, state.versions, state.targetDate, state.today);
}
