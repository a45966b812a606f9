/**
 * The report's growth sections: latency on a seeded database, a learner at every ceiling, and a
 * full cohort.
 */
import { ceilingLegNames, cohortLegNames, scaleLegNames } from './leg-names';
import { goalCells, type Judged } from './report-goals';
import type { CeilingRun, CohortRequest, Report, ScaleRun } from './results';
import { formatBytes, formatCount, formatMs, markdownTable, verdict } from './stats';

export function scaleSection(report: Report, judged: Judged) {
  const { learners, rows, empty, seeded, plans, seedSeconds } = report.scale;
  const line = (name: string, key: keyof ScaleRun) => [
    name,
    formatMs(empty[key].p50),
    formatMs(seeded[key].p50),
    formatMs(seeded[key].p99),
    ...goalCells(judged(`scale.${key}`)),
  ];
  return [
    '## Scale',
    `Seeded ${formatCount(learners)} more learners × 60 progress rows with one history entry each, a study plan (12 versions), a year of logged time and a calendar feed each, in ${seedSeconds.toFixed(1)} s: ${formatCount(rows.users)} users, ${formatCount(rows.progress)} progress rows, ${formatCount(rows.events)} history entries, ${formatCount(rows.timeEntries)} time entries. Latency at 10 connections, same learners and pages before and after seeding.`,
    markdownTable(
      ['page', 'p50 empty', 'p50 seeded', 'p99 seeded', 'ratio (p50)', 'goal', 'verdict'],
      (Object.keys(scaleLegNames) as (keyof ScaleRun)[]).map((key) =>
        line(scaleLegNames[key], key),
      ),
    ),
    `Query plans on the seeded database (every one uses an index: ${verdict(judged('scale.plans').met)}):`,
    ...Object.entries(plans).map(([name, plan]) => `**${name}**\n\n\`\`\`\n${plan}\n\`\`\``),
  ];
}

export function ceilingSection(report: Report, judged: Judged) {
  const { rows, empty, full } = report.ceiling;
  const held = Object.entries(rows)
    .map(([table, count]) => `${formatCount(count)} ${table}`)
    .join(', ');
  return [
    '## A learner at every ceiling',
    `One learner filled to every ceiling of _Limits per learner_ (README) — ${held} — against one with no rows, on the same database, at two connections each.`,
    markdownTable(
      [
        'request',
        'p50 empty',
        'p50 at the ceilings',
        'p99 at the ceilings',
        'ratio (p50)',
        'goal',
        'verdict',
      ],
      (Object.keys(ceilingLegNames) as (keyof CeilingRun)[]).map((key) => [
        ceilingLegNames[key],
        formatMs(empty[key].p50),
        formatMs(full[key].p50),
        formatMs(full[key].p99),
        ...goalCells(judged(`ceiling.${key}`)),
      ]),
    ),
  ];
}

export function cohortSection(report: Report, judged: Judged) {
  const { small, full } = report.cohort;
  return [
    '## A full cohort',
    `The owner's page of a cohort and its CSV download, for a cohort at its ceiling of people (the owner and ${formatCount(full.members)} members, ${formatCount(full.statuses)} statuses: every member has one on every topic of the roadmap) against a cohort of ${formatCount(small.members)} members (${formatCount(small.statuses)} statuses), on the same database, at two connections each. The page shows the first page of the grid; the CSV holds every member, so its bytes grow with them.`,
    markdownTable(
      [
        'request',
        'bytes small',
        'bytes full',
        'p50 small',
        'p50 full',
        'p99 full',
        'ratio (p50)',
        'goal',
        'verdict',
      ],
      (Object.keys(cohortLegNames) as CohortRequest[]).map((key) => [
        cohortLegNames[key],
        formatBytes(small.bytes[key]),
        formatBytes(full.bytes[key]),
        formatMs(small[key].p50),
        formatMs(full[key].p50),
        formatMs(full[key].p99),
        ...goalCells(judged(`cohort.${key}`)),
      ]),
    ),
  ];
}
