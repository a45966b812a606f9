import { expect, test, type Browser, type Page } from '@playwright/test';

import { signInAs, uniqueLogin } from './auth';
import { allTopics, firstRoadmap } from './content';
import { queryE2eDatabase } from './database';

const roadmap = firstRoadmap();
const [topic] = allTopics(roadmap).map(({ topic }) => topic);
const topicUrl = `/roadmaps/${roadmap.id}/${topic!.id}`;
const secret = 'The owner’s private note: do not leak';

async function learnerPage(browser: Browser, login: string) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(topicUrl);
  await signInAs(page, login);
  await page.locator('form[data-session="ready"]').first().waitFor();
  const [user] = await queryE2eDatabase<{ id: string }>('select id from users where login = $1', [
    login,
  ]);
  return { page, id: user!.id };
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
    sessions: await table('select session_token from sessions where user_id = $1'),
  };
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

test('a second learner cannot read or change the first learner’s private record through any page, action or route', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const ownerLogin = uniqueLogin('owner');
  const owner = await learnerPage(browser, ownerLogin);
  await owner.page.getByRole('button', { name: /^Done / }).click();
  await expect(owner.page.locator('[aria-busy="true"]')).toHaveCount(0);
  await owner.page.getByRole('textbox', { name: 'Your note (Markdown)' }).fill(secret);
  await owner.page.getByRole('button', { name: 'Save note' }).click();
  await expect(owner.page.getByTestId('note-status')).toHaveText(/^Saved/);
  const before = await recordOf(owner.id);
  expect(before.notes).toHaveLength(1);

  const other = await learnerPage(browser, uniqueLogin('other'));
  const { request } = other.page;

  // Private profile, shared view and preview images: 404, as for an unknown login.
  for (const path of [
    `/u/${ownerLogin}`,
    `/u/${ownerLogin}/${roadmap.id}`,
    `/u/${ownerLogin}/opengraph-image`,
    `/u/${ownerLogin}/${roadmap.id}/opengraph-image`,
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }

  // Every route and page answers with the session's own data only.
  const me = await request.get(`/api/me?progress=${roadmap.id}&note=${topic!.id}`);
  expect(await me.json()).toMatchObject({ user: { id: other.id }, progress: {}, notes: {} });
  for (const path of [
    `/api/me?progress=all`,
    '/api/export',
    '/dashboard',
    '/settings',
    `${topicUrl}/note`,
    `/share/${roadmap.id}`,
  ]) {
    const body = await (await request.get(path)).text();
    expect(body, path).not.toContain(secret);
    expect(body, path).not.toContain(owner.id);
    expect(body, path).not.toContain(ownerLogin);
  }

  // Actions take no user id: forged ones are ignored, and only the session's learner changes.
  await other.page.goto(`${topicUrl}/note`);
  await expect(other.page.getByRole('textbox', { name: 'Your note (Markdown)' })).toHaveValue('');
  await other.page.locator('form[data-hydrated="true"]').waitFor();
  await forgeField(other.page, 'form[data-hydrated]', 'userId', owner.id);
  await other.page.getByRole('textbox', { name: 'Your note (Markdown)' }).fill('Mine only');
  await other.page.getByRole('button', { name: 'Save note' }).click();
  await expect(other.page.getByTestId('note-status')).toHaveText(/^Saved/);

  await other.page.goto(topicUrl);
  await other.page.locator('form[data-session="ready"]').first().waitFor();
  await forgeField(other.page, 'form[data-session]', 'userId', owner.id);
  await other.page.getByRole('button', { name: /^Skipped / }).click();
  await expect(other.page.locator('[aria-busy="true"]')).toHaveCount(0);

  await other.page.goto('/settings');
  await forgeField(other.page, '[data-testid="profile-form"]', 'userId', owner.id);
  await other.page.getByRole('checkbox', { name: /Make my profile public/ }).check();
  await other.page.getByRole('checkbox', { name: /Show my notes/ }).check();
  await other.page.getByRole('button', { name: 'Save profile settings' }).click();
  await expect(other.page.getByRole('status').filter({ hasText: 'public' })).toBeVisible();

  // Importing the owner's export only fills the importer's own account.
  const exported = await (await owner.page.request.get('/api/export')).body();
  await other.page.getByLabel('Waymark export file (.json)').setInputFiles({
    name: 'owner.json',
    mimeType: 'application/json',
    buffer: exported,
  });
  await other.page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(other.page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();

  // Deleting needs one's own login; the owner's is refused.
  await other.page.getByRole('textbox', { name: /Type your GitHub login/ }).fill(ownerLogin);
  await other.page.getByRole('button', { name: 'Delete my account and all my data' }).click();
  await expect(
    other.page.getByRole('alert').filter({ hasText: 'nothing was deleted' }),
  ).toBeVisible();

  expect(await recordOf(owner.id)).toEqual(before);
  expect((await request.get(`/u/${ownerLogin}`)).status()).toBe(404);
  const othersRecord = await recordOf(other.id);
  expect(othersRecord.notes.map((note) => note.body).sort()).toEqual(['Mine only']);
  expect(othersRecord.progress).toHaveLength(1);
  expect(othersRecord.user[0]).toMatchObject({ profile_public: true });

  // Without a session: nothing personal at all.
  const anonymous = (await browser.newContext()).request;
  expect((await anonymous.get('/api/export')).status()).toBe(401);
  expect(await (await anonymous.get(`/api/me?progress=all`)).json()).toMatchObject({
    user: null,
    progress: {},
    notes: {},
  });
  const redirect = await anonymous.get(`${topicUrl}/note`, { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expect(redirect.headers().location).toContain('/signin?next=');
});
