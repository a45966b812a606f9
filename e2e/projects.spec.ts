import type { Browser } from '@playwright/test';

import { profilePath, projectPath, roadmapPath, sharedRoadmapPath } from '../lib/routes';
import { signInAs } from './auth';
import { firstRoadmap, roadmaps } from './content';
import { queryE2eDatabase } from './database';
import { describeAs, describeWithoutJavaScript, expect, test } from './fixtures';
import { signInWithBrowserData } from './journeys';
import type { ProjectPage } from './pages/project-page';
import { waitForSession } from './pages/session';

const roadmap = firstRoadmap();
const [first, second] = roadmap.steps.map((step) => step.project);
const repo = 'https://github.com/octo/static-file-server';

async function projectRows(login: string) {
  return queryE2eDatabase<{ project_id: string; status: string; url: string | null }>(
    `select p.project_id, p.status, p.url from project_progress p
     join users u on u.id = p.user_id where u.login = $1 order by p.project_id`,
    [login],
  );
}

/** The links a learner may try that must never be saved, with the reason the form gives. */
const refusedUrls: [string, string, string][] = [
  ['javascript:', 'javascript:alert(document.cookie)', 'must start with https://'],
  ['http:', 'http://github.com/octo/project', 'must start with https://'],
  ['data:', 'data:text/html,<script>alert(1)</script>', 'must start with https://'],
  ['malformed', 'https://exa mple.com/x', 'must not contain spaces'],
  ['2,049 characters', `https://github.com/${'a'.repeat(2_049 - 19)}`, 'is 2049 characters long'],
  ['direction override', 'https://github.com/octo/\u202Egpj.exe', 'must not contain invisible'],
  ['IP address', 'https://2130706433/x', 'must name a site by its domain name, not an IP address'],
];

test('every step closes with a project card on the roadmap page and a page of its own', async ({
  page,
  request,
}) => {
  for (const r of roadmaps) {
    await page.goto(roadmapPath(r.id));
    for (const step of r.steps) {
      const card = page.locator(`#step-${step.id} .project-card`);
      await expect(card.getByRole('link', { name: step.project.title })).toHaveAttribute(
        'href',
        projectPath(r.id, step.project.id),
      );
    }
  }

  await page.goto(projectPath(roadmap.id, first!.id));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first!.title);
  await expect(page.getByRole('list', { name: 'Requirements' }).getByRole('listitem')).toHaveCount(
    first!.requirements.length,
  );
  await expect(
    page.getByRole('list', { name: 'Acceptance criteria' }).getByRole('listitem'),
  ).toHaveCount(first!.acceptance.length);
  await expect(page.getByRole('list', { name: 'Stretch goals' }).getByRole('listitem')).toHaveCount(
    first!.stretch.length,
  );
  await expect(page.getByText('Build it in any programming language you like.')).toBeVisible();

  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const r of roadmaps)
    for (const step of r.steps)
      expect(sitemap).toContain(`${projectPath(r.id, step.project.id)}</loc>`);
  // A project id that cannot exist is a 404 from the proxy's path rule or from the static route.
  expect((await request.get(`${roadmapPath(roadmap.id)}/projects/Not_A_Project`)).status()).toBe(
    404,
  );
  expect((await request.get(projectPath(roadmap.id, 'no-such-project'))).status()).toBe(404);
});

describeAs('projects-journey', 'a signed-in learner with JavaScript', () => {
  test('records a project, is refused unsafe links, and finds it on the roadmap and dashboard', async ({
    page,
    projectPage,
    login,
    roadmapPage,
    dashboard,
  }) => {
    await projectPage.open(first!.id);
    await expect(projectPage.currentStatus).toHaveText('Not started');
    await projectPage.saveAndConfirm('In progress', '');
    await expect(projectPage.currentStatus).toHaveText('In progress');

    for (const [, url, problem] of refusedUrls) {
      await projectPage.save('Done', url);
      await projectPage.expectRefused(problem);
      await expect(projectPage.currentStatus).toHaveText('In progress');
    }
    expect(await projectRows(login)).toEqual([
      { project_id: first!.id, status: 'in_progress', url: null },
    ]);

    await projectPage.saveAndConfirm('Done', repo);
    await expect(projectPage.currentStatus).toHaveText('Done');
    await expect(projectPage.link).toHaveAttribute('href', repo);
    await expect(projectPage.link).toHaveAttribute('rel', 'nofollow ugc noopener noreferrer');
    await page.reload();
    await waitForSession(page);
    await expect(projectPage.currentStatus).toHaveText('Done');
    await expect(projectPage.urlField).toHaveValue(repo);
    expect(await projectRows(login)).toEqual([
      { project_id: first!.id, status: 'done', url: repo },
    ]);

    // Project progress counts apart: the roadmap's topic percentage does not move.
    await roadmapPage.open();
    await expect(page.getByTestId(`project-badge-${first!.id}`)).toHaveText(/Done/);
    await expect(roadmapPage.progress).toContainText('0 of');

    await dashboard.goto();
    const listed = page.getByTestId(`listed-project-${first!.id}`);
    await expect(listed).toContainText('Done');
    await expect(listed.getByRole('link', { name: repo })).toHaveAttribute(
      'rel',
      'nofollow ugc noopener noreferrer',
    );
  });
});

test('a visitor keeps a project in the browser, signs in, and finds it in the account', async ({
  page,
  projectPage,
}) => {
  await projectPage.open(second!.id);
  await projectPage.save('Done', 'javascript:alert(1)');
  await projectPage.expectRefused('must start with https://');
  expect(await page.evaluate(() => localStorage.getItem('waymark-projects'))).toBeNull();

  await projectPage.save('Done', repo);
  await expect(projectPage.form.getByRole('status')).toContainText('Saved in this browser');
  await page.reload();
  await waitForSession(page);
  await expect(projectPage.currentStatus).toHaveText('Done');
  await page.goto(roadmapPath(roadmap.id));
  await expect(page.getByTestId(`project-badge-${second!.id}`)).toHaveText(/Done/);

  const login = await signInWithBrowserData(
    page,
    'project-visitor',
    '1 project from this browser was added to your account',
  );
  await expect
    .poll(() => projectRows(login))
    .toEqual([{ project_id: second!.id, status: 'done', url: repo }]);
  expect(await page.evaluate(() => localStorage.getItem('waymark-projects'))).toBeNull();
  await expect(page.getByTestId(`project-badge-${second!.id}`)).toHaveText(/Done/);
});

describeWithoutJavaScript(() => {
  describeAs('projects-nojs', 'a signed-in learner', () => {
    test('saves a project with the form; refused links keep the typed text and save nothing', async ({
      page,
      projectPage,
      login,
    }) => {
      await projectPage.goto(first!.id);
      await projectPage.saveAndConfirm('In progress', repo);
      await expect(projectPage.currentStatus).toHaveText('In progress');
      await expect(projectPage.link).toHaveAttribute('rel', 'nofollow ugc noopener noreferrer');

      for (const [, url, problem] of refusedUrls) {
        await projectPage.goto(first!.id);
        await projectPage.save('Done', url);
        await projectPage.expectRefused(problem);
        await expect(projectPage.urlField).toHaveValue(url);
        await expect(projectPage.status('Done')).toBeChecked();
      }
      expect(await projectRows(login)).toEqual([
        { project_id: first!.id, status: 'in_progress', url: repo },
      ]);

      await page.goto('/dashboard');
      await expect(page.getByTestId(`listed-project-${first!.id}`)).toContainText('In progress');
    });
  });

  test('a visitor is asked to sign in, and nothing is kept', async ({ projectPage }) => {
    await projectPage.goto(first!.id);
    await projectPage.save('Done', repo);
    await expect(projectPage.form.getByRole('alert')).toContainText('You are not signed in');
  });
});

/** The first project done with `repo` as its link, the second in progress with `secondUrl`. */
async function saveBothProjects(projectPage: ProjectPage, secondUrl: string) {
  await projectPage.saveOn(first!.id, 'Done', repo);
  await projectPage.saveOn(second!.id, 'In progress', secondUrl);
}

describeAs('projects-export', 'a learner', () => {
  test('keeps their projects through export, account deletion and import', async ({
    page,
    projectPage,
    login,
    settingsPage,
  }) => {
    await saveBothProjects(projectPage, '');
    const saved = await projectRows(login);
    expect(saved).toHaveLength(2);

    const exportPath = await settingsPage.downloadExport();
    await settingsPage.deleteAccount(login);
    expect(await projectRows(login)).toEqual([]);

    await page.goto(roadmapPath(roadmap.id));
    await signInAs(page, login);
    await settingsPage.importExport(exportPath, 'Projects: 2 of 2 merged.');
    expect(await projectRows(login)).toEqual(saved);

    await projectPage.open(first!.id);
    await expect(projectPage.currentStatus).toHaveText('Done');
    await expect(projectPage.link).toHaveAttribute('href', repo);
  });
});

async function visitor(browser: Browser) {
  return (await browser.newContext()).newPage();
}

describeAs('projects-public', 'a learner with a public profile', () => {
  test('shows done projects with their links to visitors, and nothing once private again', async ({
    browser,
    projectPage,
    login,
    settingsPage,
  }) => {
    await saveBothProjects(projectPage, 'https://example.org/in-progress');
    await settingsPage.saveProfile({ public: true });

    const guest = await visitor(browser);
    for (const path of [profilePath(login), sharedRoadmapPath(login, roadmap.id)]) {
      await guest.goto(path);
      const done = guest.getByTestId(`listed-project-${first!.id}`);
      await expect(done.getByRole('link', { name: repo })).toHaveAttribute(
        'rel',
        'nofollow ugc noopener noreferrer',
      );
      await expect(guest.getByTestId(`listed-project-${second!.id}`)).toHaveCount(0);
      await expect(guest.getByText('https://example.org/in-progress')).toHaveCount(0);
    }

    await settingsPage.saveProfile({ public: false });
    expect((await guest.request.get(profilePath(login))).status()).toBe(404);
    expect((await guest.request.get(sharedRoadmapPath(login, roadmap.id))).status()).toBe(404);
  });
});
