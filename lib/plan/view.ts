import type { ProgressEntry } from '@/lib/progress/local';
import type { TopicStatus } from '@/lib/progress/status';

import type { PlannedItem } from './arithmetic';
import { planItems, type ItemProgress, type PlanItem, type PlanRoadmap } from './items';
import type { PlanState } from './state';
import { summarisePlan, type PlanSummary } from './summary';

/** Progress as both the server (rows) and the browser (its tree) hold it, by topic id. */
export type ProgressByTopic = Readonly<Record<string, ProgressEntry | undefined>>;

/** A status and when it was set, by item id: what the plan reads of a topic or a step project. */
type StatusById = Readonly<
  Record<string, (Pick<ProgressEntry, 'updatedAt'> & { status: PlannedItem['status'] }) | undefined>
>;

/**
 * A learner's progress on one roadmap as the plan needs it: topics and step projects both, so a
 * project marked done leaves "This week" and the calendar feed like a done topic does.
 */
export type RoadmapProgress = { topics: ProgressByTopic; projects: StatusById };

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

const itemProgressOf = (byId: StatusById) => {
  const items = new Map<string, ItemProgress>();
  for (const [id, entry] of Object.entries(byId)) {
    if (entry) items.set(id, { status: entry.status, updatedAt: new Date(entry.updatedAt) });
  }
  return items;
};

/** A roadmap's planned items with the learner's progress and logged time. */
export function planItemsFor(
  roadmap: PlanRoadmap,
  progress: RoadmapProgress,
  state: PlanState,
): PlanItem[] {
  return planItems(roadmap, {
    topics: itemProgressOf(progress.topics),
    projects: itemProgressOf(progress.projects),
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
  progress: RoadmapProgress,
  state: PlanState,
): PlanSummary | null {
  if (state.versions.length === 0) return null;
  const items = planItemsFor(roadmap, progress, state);
  return summarisePlan(items, state.versions, state.targetDate, state.today);
}
