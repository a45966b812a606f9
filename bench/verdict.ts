/** A run judged against the goal table: each goal's verdict, and the run's exit code. */
import { goals, type Goal } from './goals';
import type { Report } from './results';

/** `compared` is the ratio or the value set against the threshold; NaN when not measured. */
export type Judgment = { goal: Goal; compared: number; met: boolean | undefined };

/** The number a goal compares with its threshold: the ratio to the baseline, or the value. */
function comparedFigure(goal: Goal, report: Report): number {
  if (goal.kind === 'value') return goal.figure(report) ?? Number.NaN;
  const figure = goal.figure(report);
  if (!figure || figure.baseline === 0) return Number.NaN;
  return figure.value / figure.baseline;
}

/** Whether each goal holds in this run; `met` is undefined when the run did not measure it. */
export function judgeGoals(report: Report, table: readonly Goal[] = goals): Judgment[] {
  return table.map((goal) => {
    const compared = comparedFigure(goal, report);
    const met = !Number.isFinite(compared)
      ? undefined
      : goal.direction === 'at least'
        ? compared >= goal.threshold
        : compared <= goal.threshold;
    return { goal, compared, met };
  });
}

/**
 * The run's exit code and what to print. A full run fails when any goal is not met or could not
 * be measured (a skipped leg proves nothing); a quick run only checks that the harness ran, so
 * its short measurements never decide the exit code.
 */
export function benchOutcome(quick: boolean, judgments: readonly Judgment[]) {
  const unmet = judgments.filter((j) => j.met === false).map((j) => j.goal.id);
  const unmeasured = judgments.filter((j) => j.met === undefined).map((j) => j.goal.id);
  const met = judgments.length - unmet.length - unmeasured.length;
  const summary = `${met} of ${judgments.length} goals met`;
  const details = [
    ...unmet.map((id) => `not met: ${id}`),
    ...unmeasured.map((id) => `not measured: ${id}`),
  ];
  if (quick) {
    return {
      exitCode: 0,
      lines: [`quick run: ${summary} (indicative only: a quick run does not judge its figures)`],
    };
  }
  const failed = unmet.length + unmeasured.length > 0;
  return {
    exitCode: failed ? 1 : 0,
    lines: [failed ? `FAILED: ${summary}` : `passed: ${summary}`, ...details],
  };
}
