import type { Page } from '@playwright/test';

import { profilePath, sharedRoadmapPath } from '../lib/routes';
import { uniqueLogin } from './auth';
import { allTopics, firstRoadmap } from './content';
import { insertPublicLearner, queryE2eDatabase } from './database';
import { describeAs, describeWithoutJavaScript, expect, test } from './fixtures';
import { Dashboard } from './pages/dashboard';
import { headerSignIn, waitForSaves } from './pages/session';
import { SharePage } from './pages/share-page';

const roadmap = firstRoadmap();
const topics = allTopics(roadmap).map(({ topic }) => topic);

/** The og:image URL a page advertises, as a path on this server. */
async function ogImagePath(page: Page) {
  const content = await page.locator('meta[property="og:image"]').getAttribute('content');
  return new URL(content!).pathname;
}

describeAs('sharer', 'a learner', () => {
  test('makes their profile public, shares a roadmap, and takes it private again', async ({
    page,
    context,
    request,
    login,
    roadmapPage,
    topicPage,
    settingsPage,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await roadmapPage.open();
    await roadmapPage.statusSelect(topics[0]!.id).selectOption('done');
    await roadmapPage.statusSelect(topics[1]!.id).selectOption('done');
    await waitForSaves(page);

    // Private by default: nothing to see, and the roadmap page says how to share.
    await expect(page.getByRole('link', { name: 'make your profile public' })).toBeVisible();
    expect((await request.get(profilePath(login))).status()).toBe(404);
    expect((await request.get(sharedRoadmapPath(login, roadmap.id))).status()).toBe(404);

    // A note, not shown until the learner says so.
    await topicPage.goto(topics[0]!.id);
    await topicPage.saveNote('My *shared* insight');

    await settingsPage.saveProfile({ public: true, displayName: 'Sharer Person' });

    await page.goto(profilePath(login.toUpperCase()));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sharer Person');
    await expect(page.getByTestId(`profile-${roadmap.id}`)).toContainText(
      `2 of ${topics.length} topics complete`,
    );
    const activity = new Dashboard(page);
    await expect(activity.currentStreak).toHaveText('1 day');
    await expect(activity.activityTotal).toContainText('2 status changes');
    const profileImage = await ogImagePath(page);

    await page
      .getByTestId(`profile-${roadmap.id}`)
      .getByRole('link', { name: roadmap.title })
      .click();
    await expect(page).toHaveURL(sharedRoadmapPath(login, roadmap.id));
    await expect(
      page.getByTestId(`shared-${topics[0]!.id}`).getByTestId('shared-status'),
    ).toHaveText(/Done/);
    await expect(
      page.getByTestId(`shared-${topics[2]!.id}`).getByTestId('shared-status'),
    ).toHaveText(/Not started/);
    await expect(page.getByTestId('shared-note')).toHaveCount(0);
    const sharedImage = await ogImagePath(page);
    const imageTags = new Map<string, string>();
    for (const path of [profileImage, sharedImage]) {
      const image = await request.get(path);
      expect(image.status()).toBe(200);
      expect(image.headers()['content-type']).toBe('image/png');
      // Only the browser keeps it, and asks again (If-None-Match) before every use.
      expect(image.headers()['cache-control']).toBe('private, no-cache');
      expect((await image.body()).subarray(1, 4).toString()).toBe('PNG');
      imageTags.set(path, image.headers()['etag']!);
    }
    /** Each image's answer to a client holding the tag it had last. */
    const revalidate = (path: string) =>
      request.get(path, { headers: { 'if-none-match': imageTags.get(path)! } });
    for (const path of [profileImage, sharedImage]) {
      const unchanged = await revalidate(path);
      expect(unchanged.status(), path).toBe(304);
      expect(unchanged.headers()['etag'], path).toBe(imageTags.get(path));
    }

    // Showing notes changes nothing on the cards; a new display name changes both.
    await settingsPage.saveProfile({ public: true, showNotes: true });
    for (const path of [profileImage, sharedImage]) {
      expect((await revalidate(path)).status(), path).toBe(304);
    }
    await settingsPage.saveProfile({ public: true, showNotes: true, displayName: 'Sharer Again' });
    for (const path of [profileImage, sharedImage]) {
      const changed = await revalidate(path);
      expect(changed.status(), path).toBe(200);
      expect(changed.headers()['etag'], path).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
      expect(changed.headers()['etag'], path).not.toBe(imageTags.get(path));
      imageTags.set(path, changed.headers()['etag']!);
    }
    await page.goto(sharedRoadmapPath(login, roadmap.id));
    await expect(page.getByTestId('shared-note').locator('em')).toHaveText('shared');

    // The roadmap page's Share button copies the link to the shared view.
    await roadmapPage.goto();
    await page.getByRole('button', { name: 'Share my progress' }).click();
    const expected = new URL(sharedRoadmapPath(login, roadmap.id), page.url()).href;
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toContainText(
      expected,
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);

    // Private again: every public page and image is a 404, the same as an unknown login — also
    // to a client holding the image's last tag.
    await settingsPage.saveProfile({ public: false });
    for (const path of [
      profilePath(login),
      sharedRoadmapPath(login, roadmap.id),
      profileImage,
      sharedImage,
      profileImage.replace(login, 'nobody-at-all'),
    ]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
    for (const path of [profileImage, sharedImage]) {
      expect((await revalidate(path)).status(), path).toBe(404);
    }
    const mainText = async (path: string) => {
      const response = await page.goto(path);
      return { status: response?.status(), text: await page.locator('main').innerText() };
    };
    expect(await mainText(profilePath(login))).toEqual(
      await mainText(profilePath('nobody-at-all')),
    );
  });
});

test('a GitHub name stored with a direction override and zero-width characters shows without them', async ({
  page,
}) => {
  const login = uniqueLogin('spoof');
  // As GitHub's profile was stored before names from GitHub went through the display-name rule.
  await insertPublicLearner(login, { name: 'Mona\u200B \u202Egnp.exe' });
  await page.goto(profilePath(login));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mona gnp.exe');
  await expect(page).toHaveTitle(/^Mona gnp\.exe on Waymark/);

  await queryE2eDatabase('update users set name = $2 where login = $1', [login, '\u202E\u200B']);
  await page.goto(sharedRoadmapPath(login, roadmap.id));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `${login}: ${roadmap.title} roadmap`,
  );
});

test('a profile whose time zone PostgreSQL refuses, saved before zones were checked, still shows', async ({
  page,
}) => {
  const login = uniqueLogin('zone');
  const id = await insertPublicLearner(login);
  await queryE2eDatabase(`update users set time_zone = 'CTT' where id = $1`, [id]);
  // The activity query counts days in the zone only over rows it finds.
  await queryE2eDatabase(
    `insert into progress_events (user_id, roadmap_id, topic_id, status, source)
     values ($1, $2, $3, 'done', 'control')`,
    [id, roadmap.id, topics[0]!.id],
  );
  await page.goto(profilePath(login));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(login);
  await expect(page.getByText(`${login} has not started a roadmap yet.`)).toBeVisible();
});

test('project links stored before the link rules show their host as punycode, and never link when they break them', async ({
  page,
}) => {
  const login = uniqueLogin('links');
  const id = await insertPublicLearner(login);
  const [lookalike, override] = roadmap.steps.map((step) => step.project);
  // As links were stored before the rule against invisible characters and IP addresses.
  for (const [project, url] of [
    [lookalike!, 'https://g\u0456thub.com/mona/x'],
    [override!, 'https://github.com/mona/\u202Egpj.exe'],
  ] as const) {
    await queryE2eDatabase(
      `insert into project_progress (user_id, roadmap_id, project_id, status, url)
       values ($1, $2, $3, 'done', $4)`,
      [id, roadmap.id, project.id, url],
    );
  }
  await page.goto(profilePath(login));
  const shown = page.getByTestId(`listed-project-${lookalike!.id}`).getByTestId('project-link');
  await expect(shown).toHaveText('https://xn--gthub-n2e.com/mona/x');
  await expect(shown).toHaveAttribute('rel', 'nofollow ugc noopener noreferrer');
  const refused = page.getByTestId(`listed-project-${override!.id}`).getByTestId('project-link');
  await expect(refused).toHaveText('https://github.com/mona/%E2%80%AEgpj.exe');
  await expect(refused).not.toHaveAttribute('href');
  await expect(page.getByRole('link', { name: /gpj\.exe/ })).toHaveCount(0);
});

test('the share card of a name in emoji, CJK and right-to-left script is a 1200×630 PNG', async ({
  page,
  request,
}) => {
  const login = uniqueLogin('unicode');
  await insertPublicLearner(login, { name: 'Mona 🙂🚀 山田 מונה ليزا' });
  for (const path of [profilePath(login), sharedRoadmapPath(login, roadmap.id)]) {
    await page.goto(path);
    // This machine has no route to the font and emoji hosts the renderer used to download from.
    const image = await request.get(await ogImagePath(page));
    expect(image.status(), path).toBe(200);
    expect(image.headers()['cache-control'], path).toBe('private, no-cache');
    const png = await image.body();
    expect(png.subarray(0, 8).toString('hex'), path).toBe('89504e470d0a1a0a');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([1200, 630]);
  }
});

describeWithoutJavaScript(() => {
  test('the dashboard’s Share link shows the address to share', async ({
    page,
    roadmapPage,
    topicPage,
    dashboard,
    settingsPage,
  }) => {
    const login = uniqueLogin('nojs-share');
    await roadmapPage.goto();
    // A static page cannot tell a learner from a visitor without JavaScript: no share offer.
    await expect(page.getByRole('link', { name: /Share your progress/ })).toHaveCount(0);
    await headerSignIn(page).click();
    await page.getByRole('textbox', { name: 'Another GitHub login' }).fill(login);
    await page.getByRole('button', { name: 'Authorize this login' }).click();
    await expect(page).toHaveURL(roadmapPage.url);
    await topicPage.goto(topics[0]!.id);
    await topicPage.statusButton('Done').click();
    await expect(topicPage.currentStatus).toHaveText('Done');
    await dashboard.goto();
    await dashboard
      .card(roadmap.id)
      .getByRole('link', { name: /Share your progress/ })
      .click();
    const sharePage = new SharePage(page, roadmap.id);
    await expect(page).toHaveURL(sharePage.url);
    await expect(page.getByText('Your profile is private')).toBeVisible();

    await settingsPage.saveProfile({ public: true });
    await sharePage.goto();
    await expect(sharePage.linkToShare).toHaveValue(
      new URL(sharedRoadmapPath(login, roadmap.id), page.url()).href,
    );
    await sharePage.openSharedView.click();
    await expect(page.getByTestId('shared-progress')).toContainText('1 of');
  });
});
