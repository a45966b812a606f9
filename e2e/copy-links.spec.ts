import { sharedRoadmapPath } from '../lib/routes';
import { firstRoadmap } from './content';
import { describeAs, expect, test } from './fixtures';
import { SharePage } from './pages/share-page';
import { storageStatePath } from './support/learners';

/** Links to share or subscribe to come with a Copy button and a confirmation (issue 27). */
const roadmap = firstRoadmap();

describeAs('controls-copy', 'a learner sharing links', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('copies the share link and the calendar link, each confirmed aloud', async ({
    browser,
    page,
    login,
    settingsPage,
    dashboard,
  }) => {
    await settingsPage.saveProfile({ public: true });
    const share = new SharePage(page, roadmap.id);
    await share.goto();
    const expected = new URL(sharedRoadmapPath(login, roadmap.id), page.url()).href;
    await expect(share.linkToShare).toHaveValue(expected);
    const shareStatus = page.getByTestId('copy-status').first();
    await expect(shareStatus).toHaveAttribute('aria-live', 'polite');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(shareStatus).toHaveText('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);

    await dashboard.goto();
    await page.getByRole('button', { name: 'Make a calendar link' }).click();
    const feed = page.getByTestId('calendar-feed');
    const url = await feed.getByTestId('calendar-url').inputValue();
    expect(url).toMatch(/^https?:\/\//);
    await expect(feed.getByRole('link', { name: /Subscribe/ })).toHaveAttribute(
      'href',
      url.replace(/^https?:/, 'webcal:'),
    );
    await feed.getByRole('button', { name: 'Copy link' }).click();
    await expect(feed.getByTestId('copy-status')).toHaveText('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

    // Without JavaScript: no Copy button, the link stays in a field to select.
    const noScript = await browser.newContext({
      storageState: storageStatePath('controls-copy'),
      javaScriptEnabled: false,
    });
    const plain = new SharePage(await noScript.newPage(), roadmap.id);
    await plain.goto();
    await expect(plain.linkToShare).toHaveValue(expected);
    await expect(plain.page.getByRole('button', { name: 'Copy link' })).toBeHidden();
    await noScript.close();
  });
});
