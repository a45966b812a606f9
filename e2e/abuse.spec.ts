import { sharedRoadmapPath } from '../lib/routes';
import { firstRoadmap } from './content';
import { expect, test } from './fixtures';
import { SharePage } from './pages/share-page';

const roadmap = firstRoadmap();

test.use({ signedInAs: 'share-host' });

test('the shared link is built from SITE_URL, never from X-Forwarded-Host', async ({
  page,
  baseURL,
  login,
  settingsPage,
}) => {
  await settingsPage.saveProfile({ public: true });

  await page.setExtraHTTPHeaders({ 'x-forwarded-host': 'evil.example' });
  const sharePage = new SharePage(page, roadmap.id);
  await sharePage.goto();
  const expected = new URL(sharedRoadmapPath(login, roadmap.id), baseURL).href;
  await expect(sharePage.linkToShare).toHaveValue(expected);
  await expect(sharePage.openSharedView).toHaveAttribute('href', expected);
  await expect(page.locator('main')).not.toContainText('evil.example');
});
