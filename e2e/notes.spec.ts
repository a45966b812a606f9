import { expect, test, type Page } from '@playwright/test';

import { signInAs, uniqueLogin } from './auth';
import { allTopics, firstRoadmap } from './content';
import { queryE2eDatabase } from './database';
import { mockGitHubUrl } from './support/local-github';

const roadmap = firstRoadmap();
const topics = allTopics(roadmap).map(({ topic }) => topic);
const topicUrl = (index: number) => `/roadmaps/${roadmap.id}/${topics[index]!.id}`;

const noteField = (page: Page) => page.getByRole('textbox', { name: 'Your note (Markdown)' });
const noteStatus = (page: Page) => page.getByTestId('note-status');

async function noteInDatabase(login: string, topicId: string) {
  const rows = await queryE2eDatabase<{ body: string }>(
    `select n.body from notes n join users u on u.id = n.user_id where u.login = $1 and n.topic_id = $2`,
    [login, topicId],
  );
  return rows[0]?.body;
}

/** Finishes a sign-in that a protected page started (no JavaScript: the form posts). */
async function completeSignIn(page: Page, login: string) {
  await page.getByRole('button', { name: 'Sign in with GitHub' }).click();
  await expect(page).toHaveURL(new RegExp(`^${mockGitHubUrl}/login/oauth/authorize`));
  await page.getByRole('textbox', { name: 'Another GitHub login' }).fill(login);
  await page.getByRole('button', { name: 'Authorize this login' }).click();
}

test('a learner writes a note on the topic page: it autosaves without moving the caret and marks the roadmap row', async ({
  page,
}) => {
  const login = uniqueLogin('writer');
  await page.goto(topicUrl(0));
  await expect(
    page.getByRole('link', { name: 'Write or read your note on this topic' }),
  ).toHaveCount(0);
  await expect(page.getByText('to keep a private note on this topic')).toBeVisible();
  await signInAs(page, login);
  await expect(page.getByText('Private: only you can see it.')).toBeVisible();

  const field = noteField(page);
  await field.click();
  await page.keyboard.type('First thought.');
  await expect(noteStatus(page)).toHaveText(/^Saved \d/);
  expect(await noteInDatabase(login, topics[0]!.id)).toBe('First thought.');

  // Typing on after an autosave continues where the caret was.
  await page.keyboard.type(' Second **bold** thought.');
  await expect(field).toHaveValue('First thought. Second **bold** thought.');
  expect(await field.evaluate((el: HTMLTextAreaElement) => el.selectionStart)).toBe(
    'First thought. Second **bold** thought.'.length,
  );
  await page.keyboard.press('Control+s');
  await expect(noteStatus(page)).toHaveText(/^Saved \d/);
  expect(await noteInDatabase(login, topics[0]!.id)).toBe(
    'First thought. Second **bold** thought.',
  );

  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByTestId('note-preview').locator('strong')).toHaveText('bold');

  await page.reload();
  await expect(noteField(page)).toHaveValue('First thought. Second **bold** thought.');

  await page.goto(`/roadmaps/${roadmap.id}`);
  await expect(page.getByTestId(`note-badge-${topics[0]!.id}`)).toBeVisible();
  await expect(page.getByTestId(`note-badge-${topics[1]!.id}`)).toHaveCount(0);

  // Emptying the note deletes it.
  await page.goto(topicUrl(0));
  await noteField(page).fill('');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(noteStatus(page)).toHaveText('No note yet');
  expect(await noteInDatabase(login, topics[0]!.id)).toBeUndefined();
});

test('a note past the limit is refused with a clear message and the saved note stays', async ({
  page,
}) => {
  const login = uniqueLogin('long');
  await page.goto(topicUrl(1));
  await signInAs(page, login);
  await noteField(page).fill('Short and saved.');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(noteStatus(page)).toHaveText(/^Saved/);

  await noteField(page).fill('x'.repeat(10_001));
  await expect(page.getByTestId('note-count')).toContainText('1 over the limit');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Your note is 10,001 characters long' }),
  ).toBeVisible();
  await expect(noteField(page)).toHaveValue('x'.repeat(10_001));
  expect(await noteInDatabase(login, topics[1]!.id)).toBe('Short and saved.');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the note page saves through the form, and a refused save keeps the text', async ({
    page,
  }) => {
    const login = uniqueLogin('nojs-note');
    await page.goto(topicUrl(2));
    await page.getByRole('link', { name: 'Write or read your note on this topic' }).click();
    await completeSignIn(page, login);
    await expect(page).toHaveURL(`${topicUrl(2)}/note`);

    await noteField(page).fill('Written *without* script.');
    await page.getByRole('button', { name: 'Save note' }).click();
    await expect(page.getByTestId('saved-note').locator('em')).toHaveText('without');
    expect(await noteInDatabase(login, topics[2]!.id)).toBe('Written *without* script.');

    const tooLong = 'y'.repeat(10_050);
    await noteField(page).fill(tooLong);
    await page.getByRole('button', { name: 'Save note' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '10,050 characters' })).toBeVisible();
    await expect(noteField(page)).toHaveValue(tooLong);
    expect(await noteInDatabase(login, topics[2]!.id)).toBe('Written *without* script.');
  });
});

test('Markdown in a note cannot inject script or javascript: links', async ({ page }) => {
  const login = uniqueLogin('xss');
  const hostile = [
    '<script>window.__xss = 1</script>',
    '[click me](javascript:window.__xss=2)',
    '<img src=x onerror="window.__xss=3">',
    '[also me](JaVaScRiPt:window.__xss=4)',
    '![pic](javascript:window.__xss=5)',
  ].join('\n\n');
  await page.goto(topicUrl(3));
  await signInAs(page, login);
  await noteField(page).fill(hostile);
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(noteStatus(page)).toHaveText(/^Saved/);
  expect(await noteInDatabase(login, topics[3]!.id)).toBe(hostile);

  const checkRendered = async (container: ReturnType<Page['locator']>) => {
    await expect(container.getByRole('link', { name: 'click me' })).toBeVisible();
    expect(await container.locator('script, img[onerror], [onerror]').count()).toBe(0);
    for (const link of await container.locator('a, img').all()) {
      const target = (await link.getAttribute('href')) ?? (await link.getAttribute('src')) ?? '';
      expect(target).not.toMatch(/javascript:/i);
    }
    await container.getByRole('link', { name: 'click me' }).click();
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  };

  await page.getByRole('button', { name: 'Preview' }).click();
  await checkRendered(page.getByTestId('note-preview'));

  await page.goto(`${topicUrl(3)}/note`);
  await checkRendered(page.getByTestId('saved-note'));
});
