/**
 * What the cohort integration tests share: learners, a cohort of three, and reading where a form
 * action redirected. Import it instead of testing/integration.ts (it re-exports it): it sets the
 * write budgets before loading the actions.
 */
import { randomUUID } from 'node:crypto';

import { sql } from 'drizzle-orm';
import { vi } from 'vitest';

import { cohortInvites, cohortMembers, cohorts, users } from '@/db/schema';
import { getRoadmaps } from '@/lib/content';
import { form, harness, selectRows, setWriteBudgets, testDatabase } from '@/testing/integration';

export * from '@/testing/integration';

// Creating an invite refreshes the page it was made on: there is no page here.
vi.mock('next/cache', () => ({ refresh: () => undefined }));
setWriteBudgets({ perLearner: 10_000, perAddress: 10_000 });

export const actions = await import('@/lib/cohorts/actions');

export const roadmapId = getRoadmaps()[0]!.id;

export type Learner = { id: string; login: string };

export async function newLearner(login: string): Promise<Learner> {
  const learner = { id: randomUUID(), login: `${login}-${randomUUID().slice(0, 8)}` };
  await testDatabase().db.insert(users).values(learner);
  return learner;
}

export const signIn = (learner: Learner) => (harness.user = learner);

/** Where a form action sent the browser after its write (the stand-in redirect throws the URL). */
export async function redirectOf(result: Promise<unknown>): Promise<string> {
  const outcome = await result.then(
    (value) => ({ value }),
    (error: { url?: string }) => ({ url: error.url }),
  );
  if (!('url' in outcome)) throw new Error(`no redirect: ${JSON.stringify(outcome.value)}`);
  return outcome.url!;
}

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
