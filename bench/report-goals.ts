/** How the report shows goals: the summary table, and the goal cells of each section's rows. */
import type { Goal } from './goals';
import type { Report } from './results';
import { formatBytes, formatCount, markdownTable, verdict } from './stats';
import type { Judgment } from './verdict';

/** A goal's judgment by its id. */
export type Judged = (id: string) => Judgment;

/** The lookup the sections use; an id the table lacks is a bug in the report, not a verdict. */
export function judgedBy(judgments: readonly Judgment[]): Judged {
  return (id) => {
    const judgment = judgments.find((j) => j.goal.id === id);
    if (!judgment) throw new Error(`the report shows a goal that goals.ts does not define: ${id}`);
    return judgment;
  };
}

function formatThreshold(goal: Goal, value: number): string {
  if (goal.kind === 'ratio') return `${value}×`;
  return goal.unit === 'bytes' ? formatBytes(value) : formatCount(value);
}

/** The figure a goal compares, its goal and its verdict: the last three cells of a row. */
export function goalCells({ goal, compared, met }: Judgment): string[] {
  const figure = Number.isFinite(compared)
    ? goal.kind === 'ratio'
      ? `${compared.toFixed(2)}×`
      : formatThreshold(goal, compared)
    : '—';
  const target =
    goal.kind === 'value' && goal.unit === 'count' && goal.threshold === 0
      ? 'none'
      : `${goal.direction === 'at least' ? '≥' : '≤'} ${formatThreshold(goal, goal.threshold)}`;
  return [figure, target, verdict(met)];
}

export function goalsSection(report: Report, judgments: readonly Judgment[]) {
  const met = judgments.filter((j) => j.met === true).length;
  return [
    '## Goals',
    `${met} of ${judgments.length} goals met (\`bench/goals.ts\` defines them; a full run exits non-zero unless every one is met and measured).${report.quick ? ' **Quick run:** a few seconds per measurement, so these verdicts are indicative only and do not set the exit code.' : ''}`,
    markdownTable(
      ['goal', 'what is measured', 'figure', 'goal', 'verdict'],
      judgments.map((j) => [`\`${j.goal.id}\``, j.goal.measures, ...goalCells(j)]),
    ),
  ];
}
