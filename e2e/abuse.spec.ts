import { expect, test } from '@playwright/test';

import { signInAs, uniqueLogin } from './auth';
import { firstRoadmap } from './content';

const roadmap = firstRoadmap();

test('the shared link is built from SITE_URL, never from X-Forwarded-Host', async ({
  page,
  baseURL,
}) => {
  const login = uniqueLogin('share-host');
  await page.goto(`/roadmaps/${roadmap.id}`);
  await signInAs(page, login);
  await page.goto('/settings');
  const form = page.getByTestId('profile-form');
  await form.getByRole('checkbox', { name: /Make my profile public/ }).check();
  await form.getByRole('button', { name: 'Save profile settings' }).click();
  await expect(form.getByRole('status')).toContainText('Your profile is public');

  await page.setExtraHTTPHeaders({ 'x-forwarded-host': 'evil.example' });
  await page.goto(`/share/${roadmap.id}`);
  const expected = new URL(`/u/${login}/${roadmap.id}`, baseURL).href;
  await expect(page.getByRole('textbox', { name: 'Link to share' })).toHaveValue(expected);
  await expect(page.getByRole('link', { name: 'Open your shared view' })).toHaveAttribute(
    'href',
    expected,
  );
  await expect(page.locator('main')).not.toContainText('evil.example');
});
