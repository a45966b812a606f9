/**
 * What the cohort integration tests share: a cohort started, invited to and joined through the real
 * actions, a cohort of three, and the rows of its tables. It sets the write budgets before loading the actions.
 */
import { sql } from 'drizzle-orm';
import { vi } from 'vitest';

import { cohortInvites, cohortMembers, cohorts } from '@/db/schema';
import { getRoadmaps } from '@/lib/content';
import { newLearner, signIn, testDatabase, type Learner } from '@/testing/integration';
import { form, redirectOf } from '@/testing/requests';
import { selectRows } from '@/testing/rows';
import { setWriteBudgets } from '@/testing/write-limits';

// Creating an invite refreshes the page it was made on: there is no page here.
vi.mock('next/cache', () => ({ refresh: () => undefined }));
setWriteBudgets({ perLearner: 10_000, perAddress: 10_000 });

export const actions = await import('@/lib/cohorts/actions');

export const roadmapId = getRoadmaps()[0]!.id;

export async function startCohort(owner: Learner, name = 'Spring backend') {
  signIn(owner);
  const url = await redirectOf(actions.createCohort(null, form({ name, roadmapId })));
  return url.replace('/cohorts/', '');
}

/** A new invite's token, made by the cohort's owner. */
export async function inviteTo(
  cohortId: string,
  owner: Learner,
  fields: Record<string, string> = {},
) {
  signIn(owner);
  const made = await actions.createInvite(null, form({ cohortId, ...fields }));
  if (!made.ok) throw new Error(made.error.message);
  return made.data.url.split('/join/')[1]!;
}

export function join(learner: Learner, token: string) {
  signIn(learner);
  return actions.joinCohort(null, form({ token }));
}

/** A cohort with an owner and a member, and an outsider who runs a cohort of their own. */
export async function cohortOfThree() {
  const [owner, member, outsider] = await Promise.all(
    ['owner', 'member', 'outsider'].map(newLearner),
  );
  const cohortId = await startCohort(owner!);
  await redirectOf(join(member!, await inviteTo(cohortId, owner!)));
  const otherCohortId = await startCohort(outsider!, 'Outsider’s own');
  return { owner: owner!, member: member!, outsider: outsider!, cohortId, otherCohortId };
}

export const membersOf = (cohortId: string) =>
  selectRows(
    sql`select user_id, role, shares_checks, shares_time from cohort_members where cohort_id = ${cohortId} order by role, user_id`,
  );

/** Every row of the three cohort tables: a refusal leaves them as they were. */
export const cohortTables = () =>
  Promise.all(
    [cohorts, cohortMembers, cohortInvites].map((table) => testDatabase().db.select().from(table)),
  );
