import {
  hoursPerWeekForTarget,
  projectedFinish,
  remainingHours,
  thisWeek,
  type Pace,
} from './arithmetic';
import type { Day } from './calendar';
import type { PlanItem } from './items';
import {
  completedHoursSince,
  judgeTrack,
  plannedHoursBefore,
  type PlanVersion,
  type TrackVerdict,
} from './on-track';

/**
 * Whether a target date can still be met at the chosen pace — the question a learner with a target
 * asks first, apart from how they did against their pace so far ({@link TrackVerdict}).
 */
export type TargetOutlook = {
  date: Day;
  /** The projected finish at the chosen pace falls on the target or before it (or nothing is left). */
  reachable: boolean;
  /** The hours a week it takes to finish by then (null when no study day is left before it). */
  neededPerWeek: number | null;
};

export type PlanSummary = {
  pace: Pace;
  remaining: number;
  /** Null once nothing remains. */
  finish: Day | null;
  /** Null without a target date. */
  target: TargetOutlook | null;
  thisWeek: (Pick<PlanItem, 'id' | 'kind' | 'title' | 'href'> & { hours: number })[];
  track: TrackVerdict;
};

/** Everything the plan says about one roadmap today, from its items and its saved versions. */
export function summarisePlan(
  items: readonly PlanItem[],
  versions: readonly PlanVersion[],
  targetDate: Day | null,
  today: Day,
): PlanSummary {
  const current = versions.reduce((latest, version) =>
    version.startsOn >= latest.startsOn ? version : latest,
  );
  const pace: Pace = { hoursPerWeek: current.hoursPerWeek, studyDays: current.studyDays };
  const remaining = remainingHours(items);
  const finish = projectedFinish(remaining, pace, today);
  return {
    pace,
    remaining,
    finish,
    target:
      targetDate === null
        ? null
        : {
            date: targetDate,
            reachable: finish === null || finish <= targetDate,
            neededPerWeek: hoursPerWeekForTarget(remaining, pace.studyDays, today, targetDate),
          },
    thisWeek: thisWeek(items, pace.hoursPerWeek).map(({ item, hours }) => ({
      id: item.id,
      kind: item.kind,
      title: item.title,
      href: item.href,
      hours,
    })),
    track: judgeTrack(plannedHoursBefore(versions, today), completedHoursSince(items)),
  };
}
