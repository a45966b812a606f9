import type { Page } from '@playwright/test';

import { signInAs, uniqueLogin } from './auth';
import { allTopics, firstRoadmap } from './content';
import { queryE2eDatabase } from './database';
import { describeAs, describeWithoutJavaScript, expect, test } from './fixtures';
import { signInPageButton } from './pages/session';
import { mockGitHubUrl } from './support/local-github';

const roadmap = firstRoadmap();
const topics = allTopics(roadmap).map(({ topic }) => topic);
const topicId = (index: number) => topics[index]!.id;

async function noteInDatabase(login: string, topicId: string) {
  const rows = await queryE2eDatabase<{ body: string }>(
    `select n.body from notes n join users u on u.id = n.user_id where u.login = $1 and n.topic_id = $2`,
    [login, topicId],
  );
  return rows[0]?.body;
}

/** Finishes a sign-in that a protected page started (no JavaScript: the form posts). */
async function completeSignIn(page: Page, login: string) {
  await signInPageButton(page).click();
  await expect(page).toHaveURL(new RegExp(`^${mockGitHubUrl}/login/oauth/authorize`));
  await page.getByRole('textbox', { name: 'Another GitHub login' }).fill(login);
  await page.getByRole('button', { name: 'Authorize this login' }).click();
}

test('a learner writes a note on the topic page: it autosaves without moving the caret and marks the roadmap row', async ({
  page,
  roadmapPage,
  topicPage,
}) => {
  const login = uniqueLogin('writer');
  await topicPage.goto(topicId(0));
  await expect(
    page.getByRole('link', { name: 'Write or read your note on this topic' }),
  ).toHaveCount(0);
  await expect(page.getByText('to keep a private note on this topic')).toBeVisible();
  await signInAs(page, login);
  await expect(page.getByText('Private: only you can see it.')).toBeVisible();

  const field = topicPage.noteField;
  await field.click();
  await page.keyboard.type('First thought.');
  await expect(topicPage.noteStatus).toHaveText(/^Saved \d/);
  expect(await noteInDatabase(login, topicId(0))).toBe('First thought.');

  // Typing on after an autosave continues where the caret was.
  await page.keyboard.type(' Second **bold** thought.');
  await expect(field).toHaveValue('First thought. Second **bold** thought.');
  expect(await field.evaluate((el: HTMLTextAreaElement) => el.selectionStart)).toBe(
    'First thought. Second **bold** thought.'.length,
  );
  await page.keyboard.press('Control+s');
  await expect(topicPage.noteStatus).toHaveText(/^Saved \d/);
  expect(await noteInDatabase(login, topicId(0))).toBe('First thought. Second **bold** thought.');

  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByTestId('note-preview').locator('strong')).toHaveText('bold');

  await page.reload();
  await expect(topicPage.noteField).toHaveValue('First thought. Second **bold** thought.');

  await roadmapPage.goto();
  await expect(roadmapPage.noteBadge(topicId(0))).toBeVisible();
  await expect(roadmapPage.noteBadge(topicId(1))).toHaveCount(0);

  // Emptying the note deletes it.
  await topicPage.goto(topicId(0));
  await topicPage.noteField.fill('');
  await topicPage.saveNoteButton.click();
  await expect(topicPage.noteStatus).toHaveText('No note yet');
  expect(await noteInDatabase(login, topicId(0))).toBeUndefined();
});

describeAs('note-limit', 'a note past the limit', () => {
  test('is refused with a clear message and the saved note stays', async ({
    page,
    login,
    topicPage,
  }) => {
    await topicPage.goto(topicId(1));
    await topicPage.saveNote('Short and saved.');

    await topicPage.noteField.fill('x'.repeat(10_001));
    await expect(page.getByTestId('note-count')).toContainText('1 over the limit');
    await topicPage.saveNoteButton.click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Your note is 10,001 characters long' }),
    ).toBeVisible();
    await expect(topicPage.noteField).toHaveValue('x'.repeat(10_001));
    expect(await noteInDatabase(login, topicId(1))).toBe('Short and saved.');
  });
});

describeWithoutJavaScript(() => {
  test('the note page saves through the form, and a refused save keeps the text', async ({
    page,
    topicPage,
  }) => {
    const login = uniqueLogin('nojs-note');
    await topicPage.goto(topicId(2));
    await page.getByRole('link', { name: 'Write or read your note on this topic' }).click();
    await completeSignIn(page, login);
    await expect(page).toHaveURL(topicPage.noteUrl(topicId(2)));

    await topicPage.noteField.fill('Written *without* script.');
    await topicPage.saveNoteButton.click();
    await expect(page.getByTestId('saved-note').locator('em')).toHaveText('without');
    expect(await noteInDatabase(login, topicId(2))).toBe('Written *without* script.');

    const tooLong = 'y'.repeat(10_050);
    await topicPage.noteField.fill(tooLong);
    await topicPage.saveNoteButton.click();
    await expect(page.getByRole('alert').filter({ hasText: '10,050 characters' })).toBeVisible();
    await expect(topicPage.noteField).toHaveValue(tooLong);
    expect(await noteInDatabase(login, topicId(2))).toBe('Written *without* script.');
  });
});

describeAs('note-xss', 'Markdown in a note', () => {
  test('cannot inject script or javascript: links', async ({ page, login, topicPage }) => {
    const hostile = [
      '<script>window.__xss = 1</script>',
      '[click me](javascript:window.__xss=2)',
      '<img src=x onerror="window.__xss=3">',
      '[also me](JaVaScRiPt:window.__xss=4)',
      '![pic](javascript:window.__xss=5)',
    ].join('\n\n');
    await topicPage.goto(topicId(3));
    await topicPage.saveNote(hostile);
    expect(await noteInDatabase(login, topicId(3))).toBe(hostile);

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

    await topicPage.gotoNote(topicId(3));
    await checkRendered(page.getByTestId('saved-note'));
  });
});
