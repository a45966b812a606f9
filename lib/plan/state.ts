import type { Day, Weekday } from './calendar';
import type { PlanVersion } from './on-track';

/**
 * A learner's plan for one roadmap as it travels to the browser (/api/plan, every plan action's
 * answer): hours, not minutes; ISO strings, not dates. The summary is computed from it and the
 * learner's progress wherever it is shown, so a status change updates the plan at once.
 */
export type PlanState = {
  roadmapId: string;
  /** The learner's today, in their time zone. */
  today: Day;
  /** Oldest first; empty when the learner has no plan for this roadmap. */
  versions: PlanVersion[];
  targetDate: Day | null;
  /** When the first version was saved. */
  startedAt: string | null;
  /** Hours logged per topic id: in all, and since the plan's first day. */
  logged: Record<string, { total: number; sincePlan: number }>;
};

export type PlanVersionRow = {
  startsOn: Day;
  minutesPerWeek: number;
  studyDays: readonly Weekday[];
  targetDate: Day | null;
  createdAt: Date;
};

/** /api/plan's answer: the plan state of a signed-in learner, null for a visitor. */
export type PlanResponse = { plan: PlanState | null } | { error: string };
