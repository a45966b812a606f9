import type { Page } from '@playwright/test';

import { forbiddenMessage } from '../lib/messages';
import { queryE2eDatabase } from './database';
import { expect, test } from './fixtures';
import { cohortLearner, joinButton, makeInvite, startCohort } from './pages/cohorts';

/**
 * The cross-user suite for cohorts: a member and an outsider (each running a cohort of their own,
 * so they hold every owner form) try to read the owner's cohort and to point their own forms at
 * it. Every page answers as for no such cohort; every write is refused and changes nothing.
 */

/** Every row of the owner's cohort, to prove that nothing another learner did changed it. */
async function cohortRecord(cohortId: string) {
  const table = (sql: string) => queryE2eDatabase<Record<string, unknown>>(sql, [cohortId]);
  return {
    cohort: await table(
      'select name, owner_id, roadmap_id, starts_on, minutes_per_week, ends_on, counts_optional, members_see_each_other, archived_at from cohorts where id = $1',
    ),
    members: await table(
      'select user_id, role, shares_checks, shares_time, shares_with_members from cohort_members where cohort_id = $1 order by user_id',
    ),
    invites: await table(
      'select id, uses, revoked_at from cohort_invites where cohort_id = $1 order by id',
    ),
  };
}

/** Submits the form holding `button` on the learner's own cohort page with another cohort's id. */
async function submitForgedCohortId(page: Page, button: string, cohortId: string) {
  const form = page.locator('form', { has: page.getByRole('button', { name: button }) }).first();
  await form
    .locator('input[name="cohortId"]')
    .evaluate((input, id) => ((input as HTMLInputElement).value = id), cohortId);
  await form.getByRole('button', { name: button }).click();
  // The refusal shows under the form that was sent (each form has its own message).
  await expect(form.locator('xpath=..').getByRole('alert')).toHaveText(forbiddenMessage);
}

const idOf = (url: string) => url.split('/cohorts/')[1]!;

test('a member and an outsider can neither read nor change the owner’s cohort', async ({
  browser,
}) => {
  test.setTimeout(150_000); // three learners, their cohorts and a dozen forged writes
  const owner = await cohortLearner(browser, 'authz-owner');
  const member = await cohortLearner(browser, 'authz-member');
  const outsider = await cohortLearner(browser, 'authz-outsider');
  const cohortUrl = await startCohort(owner.page, 'Guarded cohort');
  const cohortId = idOf(cohortUrl);
  await member.page.goto(await makeInvite(owner.page));
  await joinButton(member.page).click();
  await expect(member.page.getByRole('heading', { name: 'Where you stand' })).toBeVisible();
  await owner.page.reload();
  const before = await cohortRecord(cohortId);
  expect(before.members).toHaveLength(2);
  expect(before.invites).toHaveLength(1);

  // Reading: the outsider gets the 404 of a cohort that does not exist; the member sees no grid.
  const unknown = await outsider.page.request.get('/cohorts/00000000-0000-4000-8000-000000000000');
  const foreign = await outsider.page.request.get(cohortUrl);
  expect([unknown.status(), foreign.status()]).toEqual([404, 404]);
  // The members' CSV answers them as for no such cohort, and lists nobody.
  for (const reader of [member, outsider]) {
    const csv = await reader.page.request.get(`${cohortUrl}/members.csv`);
    expect(csv.status()).toBe(404);
    expect(await csv.text()).not.toContain(member.login);
  }
  // A member's roadmap page answers them alike, for the member themselves too.
  const [memberRow] = await queryE2eDatabase<{ user_id: string }>(
    "select user_id from cohort_members where cohort_id = $1 and role = 'member'",
    [cohortId],
  );
  for (const reader of [member, outsider]) {
    const page = await reader.page.request.get(`${cohortUrl}/members/${memberRow!.user_id}`);
    expect(page.status()).toBe(404);
  }
  await member.page.goto(cohortUrl);
  await expect(member.page.getByRole('heading', { name: /^Members/ })).toHaveCount(0);
  await expect(member.page.getByRole('table')).toHaveCount(0);

  // Writing: each points the owner forms of their own cohort at the owner's.
  for (const learner of [member, outsider]) {
    const ownUrl = await startCohort(learner.page, `${learner.login}’s own`);
    await makeInvite(learner.page);
    await learner.page.goto(ownUrl);
    for (const button of [
      'Make an invite link',
      'Save the schedule',
      'Save what members see',
      'Revoke',
      'Archive this cohort',
      'Delete this cohort',
    ])
      await submitForgedCohortId(learner.page, button, cohortId);
  }
  // The member's own forms are for their own membership; pointed at a cohort they are not in
  // (the outsider's), sharing and leaving are refused too.
  const outsiderCohortId = idOf(outsider.page.url());
  await member.page.goto(cohortUrl);
  for (const button of ['Save what I share', 'Leave this cohort'])
    await submitForgedCohortId(member.page, button, outsiderCohortId);

  expect(await cohortRecord(cohortId)).toEqual(before);
});
