import type { Browser, Page } from '@playwright/test';

import { QUESTIONS_PER_ATTEMPT } from '../lib/content/check-sizes';
import { notePath, profilePath, sharedRoadmapPath, sharePath } from '../lib/routes';
import { firstCheckedTopic } from './checks-content';
import { allTopics, firstRoadmap } from './content';
import { queryE2eDatabase } from './database';
import { expect, test } from './fixtures';
import { CheckSection } from './pages/check-section';
import { PlanControls } from './pages/plan';
import { ProjectPage } from './pages/project-page';
import { waitForSaves } from './pages/session';
import { SettingsPage } from './pages/settings-page';
import { TopicPage } from './pages/topic-page';
import { loginOf, storageStatePath, type SetupLearner } from './support/learners';

const roadmap = firstRoadmap();
const [topic] = allTopics(roadmap).map(({ topic }) => topic);
const project = roadmap.steps[0]!.project;
const secret = 'The owner’s private note: do not leak';
const checked = firstCheckedTopic();
const checkedUrl = `/roadmaps/${checked.roadmapId}/${checked.topicId}`;

/** A browser of its own for a learner the setup signed in, open on the topic page. */
async function learnerPage(browser: Browser, learner: SetupLearner) {
  const page = await (
    await browser.newContext({ storageState: storageStatePath(learner) })
  ).newPage();
  const topicPage = new TopicPage(page, roadmap);
  await topicPage.open(topic!.id);
  const login = loginOf(learner);
  const [user] = await queryE2eDatabase<{ id: string }>('select id from users where login = $1', [
    login,
  ]);
  return { page, topicPage, login, id: user!.id };
}

/** Everything stored for a learner, to prove that nothing another learner did changed it. */
async function recordOf(userId: string) {
  const table = (sql: string) => queryE2eDatabase<Record<string, unknown>>(sql, [userId]);
  return {
    user: await table(
      'select login, name, profile_public, display_name, show_notes from users where id = $1',
    ),
    progress: await table(
      'select roadmap_id, topic_id, status, updated_at from progress where user_id = $1 order by topic_id',
    ),
    history: await table('select id, topic_id, status from progress_events where user_id = $1'),
    notes: await table('select topic_id, body, updated_at from notes where user_id = $1'),
    projects: await table(
      'select project_id, status, url, updated_at from project_progress where user_id = $1',
    ),
    checks: await table(
      'select attempt_id, question_id, chosen_option_ids, correct from check_answers where user_id = $1 order by id',
    ),
    sessions: await table('select session_token from sessions where user_id = $1'),
    plans: await table(
      'select roadmap_id, starts_on::text, minutes_per_week, study_days, target_date::text, created_at from study_plan_versions where user_id = $1',
    ),
    time: await table('select topic_id, day::text, minutes from time_log where user_id = $1'),
    feed: await table('select token_hash, created_at from calendar_feeds where user_id = $1'),
  };
}

/** A request with no session at all (a calendar app fetching a feed). */
async function anonymousRequest(browser: Browser, url: string) {
  const response = await (await browser.newContext()).request.get(url);
  return { status: response.status(), body: await response.text() };
}

/** Adds a hidden field to the page's form, as a forged request would. */
async function forgeField(page: Page, formSelector: string, name: string, value: string) {
  await page
    .locator(formSelector)
    .first()
    .evaluate(
      (form, [fieldName, fieldValue]) => {
        const input = document.createElement('input');
        input.type = 'hidden';
        input.name = fieldName!;
        input.value = fieldValue!;
        form.append(input);
      },
      [name, value],
    );
}

type Learner = Awaited<ReturnType<typeof learnerPage>>;
type LearnerRecord = Awaited<ReturnType<typeof recordOf>>;

/** The owner's private record, made through the pages as the owner would make it. */
async function fillOwnerRecord(owner: Learner) {
  await owner.topicPage.statusButton('Done').click();
  await waitForSaves(owner.page);
  await owner.topicPage.saveNote(secret);
  const ownerPlan = new PlanControls(owner.page);
  await ownerPlan.quickLog('+15 min');
  await expect(ownerPlan.timeLogged).toContainText('15 min logged');
  await owner.page.goto('/dashboard');
  await ownerPlan.setPace(ownerPlan.form(roadmap.title), { hours: '7' });
  await expect(ownerPlan.summary(roadmap.id)).toBeVisible();
  const ownerProject = new ProjectPage(owner.page, roadmap);
  await ownerProject.open(project.id);
  await ownerProject.saveAndConfirm('Done', 'https://github.com/owner/private-project');
  const ownerCheck = new CheckSection(owner.page, checked.check);
  await owner.page.goto(checkedUrl);
  await ownerCheck.answer();
  await ownerCheck.submit.click();
  await expect(ownerCheck.summary).toContainText('correct.');
}

// Each check is a test of its own, so one failure hides none of the others. They run in order in
// one worker: the second learner's writes build on each other (the import meets the project saved
// before it), and every write is checked against the owner's record as it stood before any of them.
test.describe.configure({ mode: 'default' });

let owner: Learner;
let other: Learner;
let ownerFeed: string;
let before: LearnerRecord;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  owner = await learnerPage(browser, 'private-owner');
  // A failed test restarts the worker, and this hook with it: the owner's record is filled once,
  // but the calendar link is made anew, as only its maker ever sees its URL.
  if ((await recordOf(owner.id)).notes.length === 0) await fillOwnerRecord(owner);
  await owner.page.goto('/dashboard');
  ownerFeed = await new PlanControls(owner.page).renewCalendarLink();
  before = await recordOf(owner.id);
  other = await learnerPage(browser, 'other-learner');
});

/** Nothing the second learner did changed the owner's record. */
async function expectOwnerUntouched() {
  expect(await recordOf(owner.id)).toEqual(before);
}

test('the owner’s record holds one of everything the second learner will try to reach', () => {
  expect(before.notes).toHaveLength(1);
  expect(before.projects).toHaveLength(1);
  expect(before.checks).toHaveLength(QUESTIONS_PER_ATTEMPT);
  expect(before.plans).toHaveLength(1);
  expect(before.time).toHaveLength(1);
  expect(before.feed).toHaveLength(1);
});

// Private profile, shared view and preview images: 404, as for an unknown login. (The login is
// the one this run's setup gave the owner, known once the tests run, not when they are listed.)
const privatePaths = {
  profile: (login: string) => profilePath(login),
  'shared view': (login: string) => sharedRoadmapPath(login, roadmap.id),
  'profile’s preview image': (login: string) => `${profilePath(login)}/opengraph-image`,
  'shared view’s preview image': (login: string) =>
    `${sharedRoadmapPath(login, roadmap.id)}/opengraph-image`,
};
for (const [what, pathOf] of Object.entries(privatePaths)) {
  test(`the owner’s private ${what} answers 404 to the second learner`, async () => {
    const path = pathOf(owner.login);
    expect((await other.page.request.get(path)).status(), path).toBe(404);
  });
}

// Every route and page answers with the session's own data only.
test('/api/me answers the second learner’s own data', async () => {
  const me = await other.page.request.get(`/api/me?progress=${roadmap.id}&note=${topic!.id}`);
  expect(await me.json()).toMatchObject({
    user: { id: other.id },
    progress: {},
    notes: {},
    projects: {},
  });
});

test('/api/me/checks answers the second learner’s own last result', async () => {
  const checks = await other.page.request.get(
    `/api/me/checks?roadmap=${checked.roadmapId}&topic=${checked.topicId}`,
  );
  // Nothing answered yet: the draw is the bank's first questions, what the static page shows.
  expect(await checks.json()).toEqual({
    last: null,
    reviewDueOn: null,
    draw: checked.check.questions.slice(0, QUESTIONS_PER_ATTEMPT).map((question) => question.id),
  });
});

test('/api/plan answers the second learner’s own plan', async () => {
  const plan = await other.page.request.get(`/api/plan?roadmap=${roadmap.id}`);
  expect(await plan.json()).toMatchObject({ plan: { versions: [], logged: {} } });
});

for (const path of [
  `/api/me?progress=all`,
  `/api/plan?roadmap=${roadmap.id}`,
  '/api/export',
  '/dashboard',
  '/settings',
  notePath(roadmap.id, topic!.id),
  sharePath(roadmap.id),
]) {
  test(`${path} shows the second learner nothing of the owner’s`, async () => {
    const body = await (await other.page.request.get(path)).text();
    expect(body, path).not.toContain(secret);
    expect(body, path).not.toContain('owner/private-project');
    expect(body, path).not.toContain(owner.id);
    expect(body, path).not.toContain(owner.login);
  });
}

// Actions take no user id: forged ones are ignored, and only the session's learner changes.
test('a note saved with a forged user id is the second learner’s own', async () => {
  await other.topicPage.gotoNote(topic!.id);
  await expect(other.topicPage.noteField).toHaveValue('');
  await other.page.locator('form[data-hydrated="true"]').waitFor();
  await forgeField(other.page, 'form[data-hydrated]', 'userId', owner.id);
  await other.topicPage.saveNote('Mine only');
  expect((await recordOf(other.id)).notes.map((note) => note.body)).toEqual(['Mine only']);
  await expectOwnerUntouched();
});

test('a status saved with a forged user id is the second learner’s own', async () => {
  await other.topicPage.open(topic!.id);
  await forgeField(other.page, 'form[data-session]', 'userId', owner.id);
  await other.topicPage.statusButton('Skipped').click();
  await waitForSaves(other.page);
  expect((await recordOf(other.id)).progress).toMatchObject([
    { topic_id: topic!.id, status: 'skipped' },
  ]);
  await expectOwnerUntouched();
});

// Plans, logged time and the calendar feed: the session's learner's own, forged ids or not.
test('time logged with a forged user id is the second learner’s own', async () => {
  await other.topicPage.open(topic!.id);
  const otherPlan = new PlanControls(other.page);
  await forgeField(other.page, '[data-testid="time-log"] form', 'userId', owner.id);
  await otherPlan.quickLog('+1 h');
  await expect(otherPlan.timeLogged).toContainText('1 h logged');
  await expectOwnerUntouched();
});

test('a project saved with a forged user id is the second learner’s own', async () => {
  const otherProject = new ProjectPage(other.page, roadmap);
  await otherProject.open(project.id);
  await forgeField(other.page, 'form[data-session]', 'userId', owner.id);
  await otherProject.saveAndConfirm('In progress', 'https://github.com/other/mine');
  expect((await recordOf(other.id)).projects).toMatchObject([
    { project_id: project.id, status: 'in_progress', url: 'https://github.com/other/mine' },
  ]);
  await expectOwnerUntouched();
});

test('a check form carrying a forged user id is refused by name, and nothing is recorded', async () => {
  const otherCheck = new CheckSection(other.page, checked.check);
  await other.page.goto(checkedUrl);
  await other.page.locator('form[data-session="ready"]').first().waitFor();
  await forgeField(other.page, '#check-yourself form', 'userId', owner.id);
  await otherCheck.answer();
  await otherCheck.submit.click();
  await expect(otherCheck.region.getByRole('alert')).toHaveText(
    /"userId" is not a field of this form\./,
  );
  expect((await recordOf(other.id)).checks).toEqual([]);
  await expectOwnerUntouched();
});

test('a plan and a calendar link made with a forged user id are the second learner’s own', async ({
  browser,
}) => {
  const otherPlan = new PlanControls(other.page);
  await other.page.goto('/dashboard');
  await forgeField(other.page, `[data-testid="plan-form-${roadmap.id}"]`, 'userId', owner.id);
  await otherPlan.setPace(otherPlan.form(roadmap.title), { hours: '3' });
  await expect(otherPlan.summary(roadmap.id)).toBeVisible();
  const otherFeed = await otherPlan.makeCalendarLink();
  expect(otherFeed).not.toBe(ownerFeed);
  expect((await anonymousRequest(browser, ownerFeed)).status).toBe(200);
  await expectOwnerUntouched();
});

test('a profile saved with a forged user id is the second learner’s own', async () => {
  const settings = new SettingsPage(other.page);
  await settings.goto();
  await forgeField(other.page, '[data-testid="profile-form"]', 'userId', owner.id);
  await settings.makePublic.check();
  await settings.showNotes.check();
  await settings.saveProfileButton.click();
  await expect(other.page.getByRole('status').filter({ hasText: 'public' })).toBeVisible();
  expect((await other.page.request.get(profilePath(owner.login))).status()).toBe(404);
  await expectOwnerUntouched();
});

test('importing the owner’s export only fills the importer’s own account', async () => {
  const settings = new SettingsPage(other.page);
  await settings.goto();
  const exported = await (await owner.page.request.get('/api/export')).body();
  await settings.importContent(exported, 'owner.json');
  await expect(other.page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  await expectOwnerUntouched();

  const othersRecord = await recordOf(other.id);
  expect(othersRecord.notes.map((note) => note.body).sort()).toEqual(['Mine only']);
  expect(othersRecord.progress).toHaveLength(1);
  // The owner's export held an older entry for the same project: the importer's own stays.
  expect(othersRecord.projects).toMatchObject([
    { project_id: project.id, status: 'in_progress', url: 'https://github.com/other/mine' },
  ]);
  // The import copied the owner's answers into the importer's own account, and only there.
  const answered = (record: LearnerRecord) =>
    record.checks
      .map(({ question_id, correct }) => `${String(question_id)}:${String(correct)}`)
      .sort();
  expect(answered(othersRecord)).toEqual(answered(before));
  expect(othersRecord.user[0]).toMatchObject({ profile_public: true });
  expect(othersRecord.time.map((row) => row.minutes)).toContain(60);
  expect(othersRecord.feed).toHaveLength(1);
  expect(othersRecord.feed[0]!.token_hash).not.toBe(before.feed[0]!.token_hash);
});

test('deleting needs one’s own login: the owner’s is refused', async () => {
  const settings = new SettingsPage(other.page);
  await settings.goto();
  const othersRecord = await recordOf(other.id);
  await settings.deleteConfirmation.fill(owner.login);
  await settings.deleteButton.click();
  await expect(
    other.page.getByRole('alert').filter({ hasText: 'nothing was deleted' }),
  ).toBeVisible();
  expect(await recordOf(other.id)).toEqual(othersRecord);
  await expectOwnerUntouched();
});

// Without a session: nothing personal at all.
test('without a session the export answers 401', async ({ browser }) => {
  expect((await anonymousRequest(browser, '/api/export')).status).toBe(401);
});

test('without a session /api/me answers no one’s data', async ({ browser }) => {
  const anonymous = (await browser.newContext()).request;
  expect(await (await anonymous.get(`/api/me?progress=all`)).json()).toMatchObject({
    user: null,
    progress: {},
    notes: {},
  });
});

test('without a session a note page sends the visitor to sign in', async ({ browser }) => {
  const anonymous = (await browser.newContext()).request;
  const redirect = await anonymous.get(notePath(roadmap.id, topic!.id), { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expect(redirect.headers().location).toContain('/signin?next=');
});
