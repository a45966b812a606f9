import { ActionForm } from '@/app/_components/cohorts/ActionForm';
import { StepCompletionBar } from '@/app/_components/cohorts/StepCompletionBar';
import { removeMember, setMentor } from '@/lib/cohorts/actions';
import type { GridRow } from '@/lib/cohorts/grid';
import { standingLabel } from '@/lib/cohorts/schedule';
import { formatCalendarDate, formatDayOf } from '@/lib/format';

/**
 * The members × steps grid: per member their last activity, topics done this week and, per step,
 * topics done out of the step's. The owner also gets each member's controls.
 */
export function CohortGrid({
  rows,
  cohortId,
  manage,
}: {
  rows: GridRow[];
  cohortId: string;
  manage: boolean;
}) {
  const steps = rows[0]?.steps ?? [];
  const scheduled = rows.some((row) => row.standing !== null);
  return (
    <div className="mt-3 overflow-x-auto" role="region" aria-label="Members' progress" tabIndex={0}>
      <table className="border-collapse text-left">
        <caption className="sr-only">
          Each member’s topics done per step, out of the step’s topics
        </caption>
        <thead>
          <tr className="border-b border-line text-sm">
            <th scope="col" className="px-2 py-1.5">
              Member
            </th>
            <th scope="col" className="px-2 py-1.5">
              Last active
            </th>
            <th scope="col" className="px-2 py-1.5">
              Done in the last 7 days
            </th>
            {scheduled && (
              <th scope="col" className="px-2 py-1.5">
                Against the schedule
              </th>
            )}
            {steps.map((step, index) => (
              <th key={step.stepId} scope="col" className="px-2 py-1.5" title={step.title}>
                Step {index + 1}
                <span className="sr-only">: {step.title}</span>
              </th>
            ))}
            <th scope="col" className="px-2 py-1.5">
              Projects
            </th>
            {manage && (
              <th scope="col" className="px-2 py-1.5">
                Manage
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.userId} className="border-b border-line">
              <th scope="row" className="px-2 py-1.5 text-sm font-medium">
                {row.login ?? 'A learner'}
              </th>
              <td className="px-2 py-1.5 text-sm">
                {row.lastActive ? formatDayOf(row.lastActive) : 'Not yet'}
              </td>
              <td className="px-2 py-1.5 text-sm">{row.doneThisWeek}</td>
              {scheduled && (
                <td className="px-2 py-1.5 text-sm whitespace-nowrap">
                  {row.standing && standingLabel(row.standing, formatCalendarDate)}
                </td>
              )}
              {row.steps.map((step) => (
                <td key={step.stepId} className="px-2 py-1.5 text-sm whitespace-nowrap">
                  <StepCompletionBar step={step} />
                </td>
              ))}
              <td className="px-2 py-1.5 text-sm">
                {row.projects.length === 0
                  ? 'None linked'
                  : row.projects.map((project) => (
                      <a
                        key={project.url}
                        href={project.url}
                        rel="nofollow ugc noopener noreferrer"
                        className="mr-2 block underline underline-offset-2"
                      >
                        {project.title}
                        {project.done ? ' (done)' : ''}
                      </a>
                    ))}
              </td>
              {manage && (
                <td className="px-2 py-1.5">
                  <div className="flex gap-2">
                    <ActionForm
                      action={setMentor}
                      hidden={{ cohortId, memberId: row.userId, mentor: 'yes' }}
                      label={`Make ${row.login ?? 'them'} a mentor`}
                      pendingLabel="Saving…"
                    />
                    <ActionForm
                      action={removeMember}
                      hidden={{ cohortId, memberId: row.userId }}
                      label={`Remove ${row.login ?? 'them'}`}
                      pendingLabel="Removing…"
                    />
                  </div>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
