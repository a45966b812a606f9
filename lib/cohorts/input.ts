import { z } from 'zod';

import { MAX_COHORT_NAME_LENGTH } from '@/db/constraints';
import { getRoadmap } from '@/lib/content';
import { dayOrEmpty, hoursPerWeek, yearsAfter } from '@/lib/plan/input';
import { MAX_TARGET_YEARS } from '@/lib/plan/limits';
import { checkboxField, contentId } from '@/lib/validation';

import { DEFAULT_INVITE_DAYS, MAX_INVITE_DAYS, MAX_INVITE_USES } from './limits';

/**
 * A cohort, member or invite id as it arrives. Its shape is not judged here: an id that names
 * nothing the learner may touch is refused by the authorization step, whether it exists or not,
 * so a forged id learns nothing.
 */
const rowId = (what: string) =>
  z
    .string({ error: `The ${what} is missing.` })
    .trim()
    .min(1, `The ${what} is missing.`)
    .max(64);

const cohortRef = { cohortId: rowId('cohort') };

/** A whole number typed in a form field (or sent by code), between `min` and `max`. */
const wholeNumber = (min: number, max: number, message: string) =>
  z.coerce.number({ error: message }).int(message).min(min, message).max(max, message);

export const createCohortInput = z.object({
  name: z
    .string({ error: 'Give the cohort a name.' })
    .trim()
    .min(1, 'Give the cohort a name.')
    .max(MAX_COHORT_NAME_LENGTH, `The name can be at most ${MAX_COHORT_NAME_LENGTH} characters.`),
  roadmapId: contentId.refine((id) => getRoadmap(id) !== undefined, 'Choose one of the roadmaps.'),
});

const daysMessage = `The invite can last 1 to ${MAX_INVITE_DAYS} days.`;
const usesMessage = `The member limit must be a whole number from 1 to ${MAX_INVITE_USES}, or empty for none.`;

export const createInviteInput = z.object({
  ...cohortRef,
  expiresInDays: z.preprocess(
    (value) => (value === '' || value === undefined ? DEFAULT_INVITE_DAYS : value),
    wholeNumber(1, MAX_INVITE_DAYS, daysMessage),
  ),
  // An empty field means "no limit".
  maxUses: z.preprocess(
    (value) => (value === '' || value === undefined ? null : value),
    wholeNumber(1, MAX_INVITE_USES, usesMessage).nullable(),
  ),
});

export const revokeInviteInput = z.object({ ...cohortRef, inviteId: rowId('invite') });

export const joinCohortInput = z.object({
  token: z.string({ error: 'The invite link is missing.' }).trim().min(1).max(64),
});

export const cohortInput = z.object(cohortRef);

export const memberInput = z.object({ ...cohortRef, memberId: rowId('member') });

export const setMentorInput = z.object({
  ...cohortRef,
  memberId: rowId('member'),
  mentor: z
    .enum(['yes', 'no'], { error: 'Choose whether they mentor.' })
    .transform((v) => v === 'yes'),
});

export const setArchivedInput = z.object({
  ...cohortRef,
  archived: z
    .enum(['yes', 'no'], { error: 'Choose whether the cohort is archived.' })
    .transform((v) => v === 'yes'),
});

export const setSharingInput = z.object({
  ...cohortRef,
  sharesChecks: checkboxField,
  sharesTime: checkboxField,
  sharesWithMembers: checkboxField,
});

export const setMemberViewInput = z.object({ ...cohortRef, membersSeeEachOther: checkboxField });

const lastDayProblems = {
  both: 'Give either hours a week or a last day, not both.',
  neither: 'Give the schedule hours a week or a last day.',
  order: 'The last day must come after the first day.',
  far: `The last day can be at most ${MAX_TARGET_YEARS} years after the first.`,
};

/** Why a first day, hours a week and a last day make no schedule, if they do not. */
function scheduleProblem(startsOn: string, hours: number | undefined, endsOn: string | null) {
  if (hours !== undefined && endsOn !== null) return lastDayProblems.both;
  if (hours === undefined && endsOn === null) return lastDayProblems.neither;
  if (endsOn !== null && endsOn <= startsOn) return lastDayProblems.order;
  if (endsOn !== null && endsOn > yearsAfter(startsOn, MAX_TARGET_YEARS))
    return lastDayProblems.far;
  return null;
}

/**
 * The cohort's schedule: a first day and either hours a week or a last day. An empty first day
 * clears the schedule; the pace is a study plan's (one rule for both).
 */
export const setScheduleInput = z
  .object({
    ...cohortRef,
    startsOn: dayOrEmpty('The first day must be a date (YYYY-MM-DD), or empty for no schedule.'),
    hoursPerWeek: z.preprocess(
      (value) => (value === '' ? undefined : value),
      hoursPerWeek.optional(),
    ),
    endsOn: dayOrEmpty('The last day must be a date (YYYY-MM-DD), or empty.'),
    countsOptional: checkboxField,
  })
  .transform(({ cohortId, startsOn, hoursPerWeek: hours, endsOn, countsOptional }, context) => {
    const cleared = { startsOn: null, minutesPerWeek: null, endsOn: null };
    if (startsOn === null) return { cohortId, schedule: { countsOptional, ...cleared } };
    const problem = scheduleProblem(startsOn, hours, endsOn);
    if (problem) {
      context.addIssue({ code: 'custom', message: problem, path: ['endsOn'] });
      return z.NEVER;
    }
    const minutesPerWeek = hours === undefined ? null : Math.round(hours * 60);
    return { cohortId, schedule: { countsOptional, startsOn, minutesPerWeek, endsOn } };
  });
