import { z } from 'zod';

import { MAX_COHORT_NAME_LENGTH } from '@/db/constraints';
import { getRoadmap } from '@/lib/content';
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
});
