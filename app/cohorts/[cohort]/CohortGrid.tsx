import Link from 'next/link';

import { StepCompletionBar } from '@/app/_components/cohorts/StepCompletionBar';
import { stalledDays } from '@/lib/cohorts/arrange';
import type { GridRow } from '@/lib/cohorts/grid';
import { standingLabel } from '@/lib/cohorts/schedule';
import { checksLabel, studyTimeLabel } from '@/lib/cohorts/shared-labels';
import { count, formatCalendarDate, formatDayOf } from '@/lib/format';
import { projectLinkView } from '@/lib/projects/url';
import { cohortMemberPath } from '@/lib/routes';

/**
 * The members × steps grid: per member their last activity (and how long they have stalled),
 * topics done this week, what they share of checks and study time and, per step, topics done out
 * of the step's.
 */
export function CohortGrid({
  rows,
  cohortId,
  linkMembers = true,
}: {
  rows: GridRow[];
  cohortId: string;
  /**
   * Whether each member's name opens their roadmap (the owner's and mentors' grid): the owner
   * manages a member there, which keeps the grid's rows light.
   */
  linkMembers?: boolean;
}) {
  const steps = rows[0]?.steps ?? [];
  const scheduled = rows.some((row) => row.standing !== null);
  const now = new Date();
  return (
    <div className="mt-3 overflow-x-auto" role="region" aria-label="Members' progress" tabIndex={0}>
      <table className="cohort-grid border-collapse text-left">
        <caption className="sr-only">
          Each member’s topics done per step, out of the step’s topics
        </caption>
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Last active</th>
            <th scope="col">Done in the last 7 days</th>
            {scheduled && <th scope="col">Against the schedule</th>}
            <th scope="col">Checks</th>
            <th scope="col">Study time</th>
            {steps.map((step, index) => (
              <th key={step.stepId} scope="col" title={step.title}>
                Step {index + 1}
                <span className="sr-only">: {step.title}</span>
              </th>
            ))}
            <th scope="col">Projects</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.userId}>
              <th scope="row" className="font-medium">
                {linkMembers ? (
                  <Link
                    href={cohortMemberPath(cohortId, row.userId)}
                    className="underline underline-offset-2"
                  >
                    {row.login ?? 'A learner'}
                  </Link>
                ) : (
                  (row.login ?? 'A learner')
                )}
              </th>
              <td>
                {row.lastActive ? formatDayOf(row.lastActive) : 'Not yet'}
                <Stalled days={stalledDays(row, now)} />
              </td>
              <td>{row.doneThisWeek}</td>
              {scheduled && (
                <td>{row.standing && standingLabel(row.standing, formatCalendarDate)}</td>
              )}
              <td>{checksLabel(row.checks)}</td>
              <td>{studyTimeLabel(row.studyTime)}</td>
              {row.steps.map((step) => (
                <td key={step.stepId}>
                  <StepCompletionBar step={step} />
                </td>
              ))}
              <td>
                {row.projects.length === 0
                  ? 'None linked'
                  : row.projects.map((project) => (
                      <GridProjectLink key={project.url} project={project} />
                    ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Stalled({ days }: { days: number | null }) {
  if (days === null) return null;
  return <span className="block text-sm font-medium">Stalled {count(days, 'day')}</span>;
}

/**
 * A member's step project, linked as the learner's own pages link it (`projectLinkView`): a link
 * stored before today's rules that breaks them is named, not linked.
 */
function GridProjectLink({ project }: { project: GridRow['projects'][number] }) {
  const { href } = projectLinkView(project.url);
  const text = `${project.title}${project.done ? ' (done)' : ''}`;
  if (!href) return <span className="mr-2 block">{text}</span>;
  return (
    <a
      href={href}
      rel="nofollow ugc noopener noreferrer"
      className="mr-2 block underline underline-offset-2"
    >
      {text}
    </a>
  );
}
