import { expect, test } from '@playwright/test';

import { signInAs, uniqueLogin } from './auth';
import { allTopics, firstRoadmap } from './content';
import { queryE2eDatabase } from './database';

const roadmap = firstRoadmap();
const [first, second] = allTopics(roadmap).map(({ topic }) => topic);

/** Rows holding this id in the users table and in every table with a user_id column. */
async function rowsOf(userId: string) {
  const tables = await queryE2eDatabase<{ table_name: string }>(
    `select table_name from information_schema.columns where table_schema = 'public' and column_name = 'user_id'`,
  );
  let total = Number(
    (
      await queryE2eDatabase<{ n: string }>('select count(*) as n from users where id = $1', [
        userId,
      ])
    )[0]!.n,
  );
  for (const { table_name } of tables) {
    const [row] = await queryE2eDatabase<{ n: string }>(
      `select count(*) as n from "${table_name}" where user_id = $1`,
      [userId],
    );
    total += Number(row!.n);
  }
  return total;
}

test('export → delete → sign in again → import restores the progress', async ({ page }) => {
  const login = uniqueLogin('owner');
  await page.goto(`/roadmaps/${roadmap.id}`);
  await signInAs(page, login);
  await page.locator('form[data-session="ready"]').first().waitFor();
  await page.getByTestId(`topic-row-${first!.id}`).getByRole('combobox').selectOption('done');
  await page.getByTestId(`topic-row-${second!.id}`).getByRole('combobox').selectOption('skipped');
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await page.goto(`/roadmaps/${roadmap.id}/${first!.id}`);
  await page.getByRole('textbox', { name: 'Your note (Markdown)' }).fill('Worth keeping');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByTestId('note-status')).toHaveText(/^Saved/);
  const userId = (
    await queryE2eDatabase<{ id: string }>('select id from users where login = $1', [login])
  )[0]!.id;

  await page.goto('/settings');
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download my data' }).click();
  const exportPath = await (await downloading).path();

  const confirm = page.getByRole('textbox', { name: /Type your GitHub login/ });
  await confirm.fill('not-my-login');
  await page.getByRole('button', { name: 'Delete my account and all my data' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'nothing was deleted' })).toBeVisible();
  expect(await rowsOf(userId)).toBeGreaterThan(0);

  await confirm.fill(login);
  await page.getByRole('button', { name: 'Delete my account and all my data' }).click();
  await expect(page).toHaveURL('/goodbye');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your account was deleted');
  expect(await rowsOf(userId)).toBe(0);

  await page.goto(`/roadmaps/${roadmap.id}`);
  await signInAs(page, login);
  await page.goto('/settings');
  await page.getByLabel('Waymark export file (.json)').setInputFiles(exportPath);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Imported: 2 of 2 topics and 1 of 1 notes' }),
  ).toBeVisible();

  await page.goto(`/roadmaps/${roadmap.id}`);
  await expect(page.getByTestId(`topic-row-${first!.id}`).getByRole('combobox')).toHaveValue(
    'done',
  );
  await expect(page.getByTestId(`topic-row-${second!.id}`).getByRole('combobox')).toHaveValue(
    'skipped',
  );
  await page.goto(`/roadmaps/${roadmap.id}/${first!.id}`);
  await expect(page.getByRole('textbox', { name: 'Your note (Markdown)' })).toHaveValue(
    'Worth keeping',
  );
});

test('an invalid import is refused with the reason, and the export needs a session', async ({
  page,
  request,
}) => {
  expect((await request.get('/api/export')).status()).toBe(401);
  await page.goto('/');
  await signInAs(page, uniqueLogin('importer'));
  await page.goto('/settings');
  await page.getByLabel('Waymark export file (.json)').setInputFiles({
    name: 'export.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'waymark-export', version: 9 })),
  });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Nothing was imported. version is not 1' }),
  ).toBeVisible();
});
