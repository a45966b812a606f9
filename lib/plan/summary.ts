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

export type PlanSummary = {
  pace: Pace;
  targetDate: Day | null;
  remaining: number;
  /** Null once nothing remains. */
  finish: Day | null;
  /** With a target date: the hours a week it takes (null when no study day is left before it). */
  neededPerWeek: number | null;
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
  return {
    pace,
    targetDate,
    remaining,
    finish: projectedFinish(remaining, pace, today),
    neededPerWeek:
      targetDate === null
        ? null
        : hoursPerWeekForTarget(remaining, pace.studyDays, today, targetDate),
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
