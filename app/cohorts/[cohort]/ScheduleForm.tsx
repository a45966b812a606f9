'use client';

import { ActionForm, CheckboxField, Field } from '@/app/_components/cohorts/ActionForm';
import type { CohortAccess } from '@/lib/cohorts/access';
import { setSchedule } from '@/lib/cohorts/actions';

/**
 * The owner's schedule form: a first day and either hours a week or a last day; an empty first
 * day removes the schedule. Whether optional steps count goes with it.
 */
export function ScheduleForm({ cohort }: { cohort: CohortAccess }) {
  return (
    <ActionForm
      action={setSchedule}
      hidden={{ cohortId: cohort.id }}
      label="Save the schedule"
      pendingLabel="Saving…"
      className="mt-3 flex flex-wrap items-end gap-3"
    >
      <Field label="First day" name="startsOn" type="date" defaultValue={cohort.startsOn ?? ''} />
      <Field
        label="Hours a week"
        name="hoursPerWeek"
        type="number"
        min={0.5}
        max={60}
        step={0.5}
        defaultValue={cohort.minutesPerWeek === null ? '' : cohort.minutesPerWeek / 60}
      />
      <Field label="or last day" name="endsOn" type="date" defaultValue={cohort.endsOn ?? ''} />
      <CheckboxField name="countsOptional" checked={cohort.countsOptional}>
        Optional steps count
      </CheckboxField>
    </ActionForm>
  );
}
