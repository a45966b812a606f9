import { formatCalendarDate } from '@/lib/format';

import type { GridRow } from './grid';
import { standingLabel } from './schedule';
import { checksLabel, studyTimeLabel } from './shared-labels';

/**
 * The members' grid as a CSV file (RFC 4180: comma-separated, CRLF line ends, fields quoted when
 * they hold a comma, a quote or a line break), for a spreadsheet. One row per member, the same
 * columns as the page: last active as a UTC date, topics done in the last 7 days, where they stand
 * against the schedule (empty without one), their checks and study time (or "Not shared"), per
 * step "done of total", and their project links (space-separated). Pure: the route reads the rows.
 */
export function membersCsv(stepTitles: readonly string[], rows: readonly GridRow[]): string {
  const header = [
    'Member',
    'Last active (UTC)',
    'Done in the last 7 days',
    'Against the schedule',
    'Checks',
    'Study time',
    ...stepTitles.map((title, index) => `Step ${index + 1}: ${title}`),
    'Project links',
  ];
  const lines = rows.map((row) => [
    row.login ?? 'A learner',
    row.lastActive ? row.lastActive.toISOString().slice(0, 10) : '',
    String(row.doneThisWeek),
    row.standing ? standingLabel(row.standing, formatCalendarDate) : '',
    checksLabel(row.checks),
    studyTimeLabel(row.studyTime),
    ...row.steps.map((step) => `${step.done} of ${step.total}`),
    row.projects.map((project) => project.url).join(' '),
  ]);
  return [header, ...lines].map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * One field. A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as
 * a formula, so such a field gets a leading apostrophe and is read as text (OWASP's advice on CSV
 * injection); then it is quoted if it must be.
 */
export function csvField(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The file's name: the cohort's name in letters, digits and hyphens, then `-members.csv`. */
export function membersCsvName(cohortName: string): string {
  const slug = cohortName
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
  return `${slug || 'cohort'}-members.csv`;
}
