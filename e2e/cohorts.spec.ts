import { readFileSync } from 'node:fs';

import { authorizeAs, uniqueLogin } from './auth';
import { firstRoadmap } from './content';
import { expect, test } from './fixtures';
import { joinButton, cohortLearner as learner, makeInvite, startCohort } from './pages/cohorts';
import { PlanControls } from './pages/plan';
import { RoadmapPage } from './pages/roadmap-page';
import { signInPageButton, waitForSaves } from './pages/session';
import { seriousViolations } from './support/axe';

const roadmap = firstRoadmap();
const [firstTopic] = roadmap.steps[0]!.topics;

test('an owner invites a member, sees their progress in the grid; an outsider sees nothing', async ({
  browser,
}) => {
  test.setTimeout(120_000); // three learners sign in and a dozen pages render on a busy machine
  const owner = await learner(browser, 'owner');
  const outsider = await learner(browser, 'outsider');
  const cohortUrl = await startCohort(owner.page, 'Evening backend group');
  const invite = await makeInvite(owner.page);

  // A visitor opening the link sees what joining means, signs in and comes back to join.
  const memberLogin = uniqueLogin('cohort-member');
  const memberPage = await (await browser.newContext()).newPage();
  await memberPage.goto(invite);
  await expect(
    memberPage.getByRole('heading', { name: 'Join Evening backend group' }),
  ).toBeVisible();
  await expect(memberPage.getByText(`${owner.login} runs this cohort`)).toBeVisible();
  await expect(memberPage.getByRole('heading', { name: 'What members share' })).toBeVisible();
  await memberPage.getByRole('link', { name: 'Sign in to join' }).click();
  await signInPageButton(memberPage).click();
  await authorizeAs(memberPage, memberLogin);
  await joinButton(memberPage).click();
  await expect(memberPage.getByRole('heading', { name: 'Where you stand' })).toBeVisible();
  expect(memberPage.url()).toBe(cohortUrl);
  await expect(memberPage.getByText(owner.login)).toHaveCount(0); // members see no one else

  // The dashboard lists the learner's cohorts with their role; a learner in none sees no section.
  for (const [page, role] of [
    [memberPage, 'You are a member'],
    [owner.page, 'You run it'],
  ] as const) {
    await page.goto('/dashboard');
    const cohorts = page.getByRole('region', { name: 'Your cohorts' });
    await expect(cohorts.getByRole('listitem')).toHaveText(
      new RegExp(`^Evening backend group · ${roadmap.title} · ${role}$`),
    );
    await expect(cohorts.getByRole('link', { name: 'Evening backend group' })).toHaveAttribute(
      'href',
      new URL(cohortUrl).pathname,
    );
  }
  await outsider.page.goto('/dashboard');
  await expect(outsider.page.getByRole('heading', { level: 1 })).toContainText('Welcome');
  await expect(outsider.page.getByRole('region', { name: 'Your cohorts' })).toHaveCount(0);

  // The member marks a topic done; the owner's grid shows it as a number, not colour alone.
  const roadmapPage = new RoadmapPage(memberPage, roadmap);
  await roadmapPage.open();
  await roadmapPage.statusSelect(firstTopic!.id).selectOption('done');
  await waitForSaves(memberPage);
  await owner.page.goto(cohortUrl);
  const row = owner.page.getByRole('row', { name: new RegExp(memberLogin) });
  await expect(row.getByRole('cell').nth(4)).toHaveText(`1/${roadmap.steps[0]!.topics.length}`);
  await expect(row.getByRole('cell').nth(1)).toHaveText('1'); // done in the last 7 days
  // Check results and study time stay the member's until they choose to share them.
  await expect(row.getByRole('cell').nth(2)).toHaveText('Not shared');
  await expect(row.getByRole('cell').nth(3)).toHaveText('Not shared');

  // The member's name opens their roadmap read-only: each topic's status in words (after a shape
  // hidden from screen readers), and no controls.
  await row.getByRole('link', { name: memberLogin }).click();
  await expect(owner.page.getByRole('heading', { level: 1, name: memberLogin })).toBeVisible();
  await expect(
    owner.page.getByTestId(`member-step-${roadmap.steps[0]!.id}`).getByRole('listitem').first(),
  ).toContainText(`${firstTopic!.title}: Done`);
  await expect(owner.page.getByRole('combobox')).toHaveCount(0);
  await expect(owner.page.getByRole('button', { name: /save|mark/i })).toHaveCount(0);
  // The owner manages the member from here (the grid's rows hold no controls).
  await expect(owner.page.getByRole('button', { name: `Remove ${memberLogin}` })).toBeVisible();
  const memberRoadmapUrl = owner.page.url();
  expect(await seriousViolations(owner.page)).toEqual([]);
  // Nobody else reads it: the member's own request gets the 404 of no such page.
  expect((await memberPage.goto(memberRoadmapUrl))?.status()).toBe(404);
  await owner.page.goto(cohortUrl);

  // The same grid, every member at once, downloads as a CSV file for a spreadsheet.
  const [download] = await Promise.all([
    owner.page.waitForEvent('download'),
    owner.page.getByRole('link', { name: 'Download all 1 member as CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('evening-backend-group-members.csv');
  const csv = readFileSync((await download.path())!, 'utf8').split('\r\n');
  expect(csv[0]).toMatch(
    /^Member,Last active \(UTC\),Done in the last 7 days,Against the schedule,Checks,Study time,Step 1: .*,Project links$/,
  );
  // No schedule yet: the standing is empty.
  expect(csv[1]).toMatch(
    new RegExp(
      `^${memberLogin},\\d{4}-\\d{2}-\\d{2},1,,Not shared,Not shared,1 of ${roadmap.steps[0]!.topics.length},`,
    ),
  );

  // The owner schedules the cohort to end in ten weeks from today: a refusal shows in place,
  // then the schedule starts this week, and the member, with a topic done, is on schedule.
  const day = (offset: number) =>
    new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  await owner.page.getByLabel('First day').fill(day(0));
  await owner.page.getByLabel('Hours a week').fill('5');
  await owner.page.getByLabel('or last day').fill(day(69));
  await owner.page.getByRole('button', { name: 'Save the schedule' }).click();
  await expect(
    owner.page.getByRole('alert').filter({ hasText: 'Give either hours a week' }),
  ).toHaveText('Give either hours a week or a last day, not both.');
  await owner.page.getByLabel('Hours a week').fill('');
  await owner.page.getByRole('button', { name: 'Save the schedule' }).click();
  await expect(owner.page.getByTestId('cohort-this-week')).toHaveText(
    /^This week \(week 1\): Step 1: /,
  );
  // Every step has its weeks (optional steps count unless the owner unticks the box).
  await expect(owner.page.getByTestId('cohort-schedule').getByRole('listitem')).toHaveCount(
    roadmap.steps.length,
  );
  await expect(row).toContainText('On schedule');
  // The owner's page with its grid and schedule, and the member's, pass axe.
  expect(await seriousViolations(owner.page)).toEqual([]);
  await memberPage.goto(cohortUrl);
  await expect(memberPage.getByTestId('own-standing')).toHaveText(
    'Against the schedule: On schedule',
  );
  expect(await seriousViolations(memberPage)).toEqual([]);

  // The outsider gets the 404 of a cohort that does not exist; a revoked link lets nobody in.
  expect((await outsider.page.goto(cohortUrl))?.status()).toBe(404);
  await owner.page.getByRole('button', { name: 'Revoke' }).click();
  // Gone only once the page shows the revoked list: while pending the button reads "Revoking…".
  await expect(owner.page.getByRole('button', { name: /^Revok/ })).toHaveCount(0);
  await outsider.page.goto(invite);
  await expect(outsider.page.getByText('This invite was withdrawn')).toBeVisible();
  await expect(joinButton(outsider.page)).toHaveCount(0);
  expect((await outsider.page.goto(cohortUrl))?.status()).toBe(404);
});

test('members see each other only when the owner allows it and each chooses to', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const owner = await learner(browser, 'view-owner');
  const member = await learner(browser, 'view-member');
  const cohortUrl = await startCohort(owner.page, 'Open group');
  await member.page.goto(await makeInvite(owner.page));
  await joinButton(member.page).click();
  await expect(member.page.getByRole('heading', { name: 'Where you stand' })).toBeVisible();
  // Off by default: no list of members at all.
  await expect(member.page.getByRole('heading', { name: 'The members' })).toHaveCount(0);

  await owner.page.goto(cohortUrl);
  await owner.page.getByLabel('Let members see each other’s progress').check();
  // The box is ticked before the save lands: wait for the action's answer, then read it back.
  await Promise.all([
    owner.page.waitForResponse((response) => response.request().method() === 'POST'),
    owner.page.getByRole('button', { name: 'Save what members see' }).click(),
  ]);
  await owner.page.reload();
  await expect(owner.page.getByLabel('Let members see each other’s progress')).toBeChecked();
  // On: the list shows only those who chose to show theirs, nobody yet.
  await member.page.reload();
  await expect(member.page.getByTestId('fellow-members-none')).toBeVisible();
  await member.page.getByRole('checkbox', { name: /^Show all of it to the other members/ }).check();
  await member.page.getByRole('button', { name: 'Save what I share' }).click();
  await expect(member.page.getByTestId('fellow-members-none')).toHaveCount(0);
  const fellows = member.page.getByRole('region', { name: "Members' progress" });
  await expect(fellows.getByRole('row', { name: new RegExp(member.login) })).toBeVisible();
  // Read-only: no member's roadmap link, no controls.
  await expect(fellows.getByRole('link')).toHaveCount(0);
  await expect(fellows.getByRole('button')).toHaveCount(0);

  // The owner removes the member from their page: the cohort no longer has them.
  await owner.page.getByRole('link', { name: member.login }).click();
  await owner.page.getByRole('button', { name: `Remove ${member.login}` }).click();
  await expect(owner.page.getByRole('heading', { name: 'Members (0)' })).toBeVisible();
  expect((await member.page.goto(cohortUrl))?.status()).toBe(404);
});

test.describe('without JavaScript', () => {
  test('an owner starts a cohort and invites; a member joins and leaves', async ({ browser }) => {
    test.setTimeout(120_000);
    const owner = await learner(browser, 'nojs-owner', false);
    const member = await learner(browser, 'nojs-member', false);
    const cohortUrl = await startCohort(owner.page, 'No-script cohort');
    const invite = await makeInvite(owner.page);

    await member.page.goto(invite);
    await joinButton(member.page).click();
    await expect(member.page.getByRole('heading', { name: 'Where you stand' })).toBeVisible();
    expect(member.page.url()).toBe(cohortUrl);

    await owner.page.goto(cohortUrl);
    await expect(owner.page.getByRole('row', { name: new RegExp(member.login) })).toBeVisible();
    // The CSV is a plain link: it downloads without JavaScript too.
    const [download] = await Promise.all([
      owner.page.waitForEvent('download'),
      owner.page.getByRole('link', { name: 'Download all 1 member as CSV' }).click(),
    ]);
    expect(readFileSync((await download.path())!, 'utf8')).toContain(`\r\n${member.login},`);

    // The owner schedules the cohort from three weeks ago at 2 hours a week: the member, who has
    // done nothing yet, is in week 4 and three weeks behind, on their page and in the grid.
    const threeWeeksAgo = new Date(Date.now() - 21 * 86_400_000).toISOString().slice(0, 10);
    await owner.page.getByLabel('First day').fill(threeWeeksAgo);
    await owner.page.getByLabel('Hours a week').fill('2');
    await owner.page.getByRole('button', { name: 'Save the schedule' }).click();
    await expect(owner.page.getByTestId('cohort-this-week')).toHaveText(
      /^This week \(week 4\): Step \d+: /,
    );
    await expect(owner.page.getByRole('row', { name: new RegExp(member.login) })).toContainText(
      '3 weeks behind',
    );
    await member.page.reload();
    await expect(member.page.getByTestId('cohort-this-week')).toHaveText(/^This week \(week 4\)/);
    await expect(member.page.getByTestId('own-standing')).toHaveText(
      'Against the schedule: 3 weeks behind',
    );
    await expect(member.page.getByRole('button', { name: 'Save the schedule' })).toHaveCount(0);
    // The dashboard says the same in the member's list of cohorts.
    await member.page.goto('/dashboard');
    await expect(member.page.getByTestId('cohort-week')).toHaveText(
      /^This week \(week 4\): Step \d+: .*\. You: 3 weeks behind\.$/,
    );
    // With a plan, the roadmap's "This week" names the cohort's week too, and the calendar feed
    // lists the schedule's weeks from this one.
    const plan = new PlanControls(member.page);
    const card = member.page.getByTestId(`plan-${roadmap.id}`);
    await plan.setPace(plan.form(roadmap.title, card), { hours: '5' });
    await member.page.goto('/dashboard');
    await expect(card.getByTestId('plan-week-cohort')).toHaveText(
      /^No-script cohort: This week \(week 4\): Step \d+: .*\. You: 3 weeks behind\.$/,
    );
    const feed = await member.page.request.get(await plan.makeCalendarLink());
    expect(await feed.text()).toMatch(/SUMMARY:No-script cohort\\?, week 4: Step \d+/);
    await member.page.goto(cohortUrl);

    // The member shares their check results; the owner sees them, and orders and filters the
    // grid with a plain form whose URL keeps the choice.
    await member.page.getByLabel('Share my knowledge-check results').check();
    await member.page.getByRole('button', { name: 'Save what I share' }).click();
    await expect(member.page.getByLabel('Share my knowledge-check results')).toBeChecked();
    await owner.page.reload();
    const memberRow = owner.page.getByRole('row', { name: new RegExp(member.login) });
    await expect(memberRow).toContainText('No attempts yet');
    await expect(memberRow).toContainText('Not shared'); // study time
    await owner.page.getByLabel('Show', { exact: true }).selectOption('stalled');
    await owner.page.getByRole('button', { name: 'Show members' }).click();
    await expect(owner.page.getByTestId('grid-shown')).toHaveText(
      'Showing 0 members of 1: stalled.',
    );
    await expect(memberRow).toHaveCount(0);
    await owner.page.getByLabel('Order', { exact: true }).selectOption('standing');
    await owner.page.getByLabel('Show', { exact: true }).selectOption('behind');
    await owner.page.getByRole('button', { name: 'Show members' }).click();
    expect(new URL(owner.page.url()).search).toBe('?sort=standing&show=behind');
    await expect(memberRow).toContainText('3 weeks behind');
    await owner.page.goto(`${cohortUrl}?sort=sideways`);
    await expect(owner.page.getByTestId('grid-order-problem')).toHaveText(
      'That order is not one this page knows: it shows the default instead.',
    );
    await expect(memberRow).toBeVisible();
    // A page past the last says so and leads back; the count of members stays true.
    await owner.page.goto(`${cohortUrl}?page=9`);
    await expect(owner.page.getByRole('heading', { name: 'Members (1)' })).toBeVisible();
    await expect(owner.page.getByTestId('grid-past-last')).toContainText(
      'There is no page 9 of members: the last is page 1.',
    );
    await owner.page.getByRole('link', { name: 'Go to the first page' }).click();
    await expect(memberRow).toBeVisible();

    await member.page.getByRole('button', { name: 'Leave this cohort' }).click();
    await expect(member.page.getByRole('heading', { level: 1, name: 'Cohorts' })).toBeVisible();
    await expect(member.page.getByText('You are in no cohort yet.')).toBeVisible();
    await owner.page.reload();
    await expect(owner.page.getByRole('row', { name: new RegExp(member.login) })).toHaveCount(0);

    // The owner archives the cohort: its invite link stops working until it is reopened.
    await owner.page.getByRole('button', { name: 'Archive this cohort' }).click();
    await expect(owner.page.getByTestId('cohort-archived')).toContainText('Archived on');
    await expect(owner.page.getByRole('button', { name: 'Make an invite link' })).toHaveCount(0);
    await member.page.goto(invite);
    await expect(member.page.getByText('This cohort has ended')).toBeVisible();
    await expect(joinButton(member.page)).toHaveCount(0);
    await owner.page.getByRole('button', { name: 'Reopen this cohort' }).click();
    await expect(owner.page.getByTestId('cohort-archived')).toHaveCount(0);
    await member.page.goto(invite);
    await expect(joinButton(member.page)).toBeVisible();
  });
});
