import type { Roadmap } from '@/lib/content';

/** The owner's and mentors' members × steps grid, computed from rows the page read (pure). */

export type GridMember = { userId: string; login: string | null };

/** One stored status of a member on the cohort's roadmap: all the grid ever reads of them. */
export type MemberStatus = { userId: string; topicId: string; status: string; updatedAt: Date };

export type StepCompletion = { stepId: string; title: string; done: number; total: number };

export type GridRow = GridMember & {
  steps: StepCompletion[];
  /** Their last status change on this roadmap, or null before any. */
  lastActive: Date | null;
  /** Topics they marked done in the seven days up to now. */
  doneThisWeek: number;
};

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Each member's completion per step (done topics of the step's topics; skipped ones count as not
 * done, as the cohort follows every topic), last activity and topics done this week, in the
 * members' order. One pass over the statuses, grouped by member.
 */
export function gridRows(
  roadmap: Roadmap,
  members: readonly GridMember[],
  statuses: readonly MemberStatus[],
  now: Date,
): GridRow[] {
  const stepOfTopic = new Map<string, number>();
  roadmap.steps.forEach((step, index) => {
    for (const topic of step.topics) stepOfTopic.set(topic.id, index);
  });
  const rows = new Map<string, GridRow>();
  for (const member of members) {
    const steps = roadmap.steps.map((step) => ({
      stepId: step.id,
      title: step.title,
      done: 0,
      total: step.topics.length,
    }));
    rows.set(member.userId, { ...member, steps, lastActive: null, doneThisWeek: 0 });
  }
  const weekStart = now.getTime() - WEEK_MS;
  for (const status of statuses) {
    const row = rows.get(status.userId);
    const step = stepOfTopic.get(status.topicId);
    // A topic the roadmap has retired has no cell; the page reads only current topics anyway.
    if (!row || step === undefined) continue;
    if (!row.lastActive || status.updatedAt > row.lastActive) row.lastActive = status.updatedAt;
    if (status.status !== 'done') continue;
    row.steps[step]!.done++;
    if (status.updatedAt.getTime() > weekStart) row.doneThisWeek++;
  }
  return [...rows.values()];
}

/** How many pages the grid has for `members` members, at least one (an empty cohort's). */
export const gridPageCount = (members: number, pageSize: number) =>
  Math.max(1, Math.ceil(members / pageSize));
