import { z } from 'zod';

import { cohortRoles, MAX_COHORT_NAME_LENGTH } from '@/db/constraints';
import { realDateTime, text } from '@/lib/validation';

import { MAX_MEMBERSHIPS_PER_LEARNER } from './limits';

/**
 * A learner's place in one cohort, as their export lists it: the cohort's name and roadmap, their
 * role, when they joined, whether it is archived and what they share (and with whom). Nothing of the other people
 * in it: their progress is theirs. An import reads the list and stores none of it — a cohort is
 * joined through its owner's invite, not from a file.
 */
export const cohortExportEntry = z.object({
  name: text().max(MAX_COHORT_NAME_LENGTH),
  // A cohort may follow a roadmap no longer published: any id shape the content allows.
  roadmapId: z.string().regex(/^[a-z0-9-]{1,64}$/, 'is not a roadmap id'),
  role: z.enum(cohortRoles, { error: `is not one of ${cohortRoles.join(', ')}` }),
  joinedAt: realDateTime,
  archivedAt: realDateTime.nullable(),
  sharesChecks: z.boolean(),
  sharesTime: z.boolean(),
  // Files exported before members could see each other say nothing of it: they did not.
  sharesWithMembers: z.boolean().default(false),
});

export type CohortExportEntry = z.infer<typeof cohortExportEntry>;

/** The export's cohorts: a file without them lists none. Bounded as an account's memberships. */
export const cohortsExportSection = z
  .array(cohortExportEntry)
  .max(MAX_MEMBERSHIPS_PER_LEARNER, `lists more than ${MAX_MEMBERSHIPS_PER_LEARNER} cohorts`)
  .default([]);
