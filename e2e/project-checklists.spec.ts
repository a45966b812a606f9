import type { Page } from '@playwright/test';

import { projectPath, stepPath, topicPath } from '../lib/routes';
import { firstRoadmap } from './content';
import { queryE2eDatabase } from './database';
import { describeAs, describeWithoutJavaScript, expect, test } from './fixtures';
import { signInWithBrowserData } from './journeys';
import type { ProjectPage } from './pages/project-page';
import { waitForSaves, waitForSession } from './pages/session';

const roadmap = firstRoadmap();
const [firstStep, secondStep] = roadmap.steps;
const project = firstStep!.project;

async function tickedRows(login: string) {
  return queryE2eDatabase<{ project_id: string; ticked: string[] }>(
    `select c.project_id, c.ticked from project_checklists c
     join users u on u.id = c.user_id where u.login = $1 order by c.project_id`,
    [login],
  );
}

const checklist = (page: Page) => page.getByRole('form', { name: /^Your checklist:/ });
/** An item's box, found by the item's text in the list it belongs to. */
const box = (page: Page, list: string, index: number) =>
  page.getByRole('list', { name: list }).getByRole('listitem').nth(index).getByRole('checkbox');
const firstRequirement = (page: Page) => box(page, 'Requirements', 0);
const firstCheck = (page: Page) => box(page, 'Acceptance criteria', 0);

/** Ticks (or unticks) a box; with JavaScript the tick saves at once, so wait for it. */
async function tick(page: Page, target: ReturnType<typeof box>, on = true) {
  await target.setChecked(on);
  await waitForSaves(page);
}

/** Opens the project's page and ticks its first requirement: answers where the form says how. */
async function tickFirstRequirement(page: Page, projectPage: ProjectPage) {
  await projectPage.open(project.id);
  await tick(page, firstRequirement(page));
  return checklist(page).getByRole('status');
}

test('a project page ends with a way on: the next step’s first topic, and back to the step', async ({
  page,
}) => {
  await page.goto(projectPath(roadmap.id, project.id));
  const wayOn = page.getByRole('navigation', { name: 'Where next' });
  const next = secondStep!.topics[0]!;
  await expect(
    wayOn.getByRole('link', { name: new RegExp(`Next step.*${next.title}`) }),
  ).toHaveAttribute('href', topicPath(roadmap.id, next.id));
  await expect(
    wayOn.getByRole('link', { name: new RegExp(`Back to this step.*${firstStep!.title}`) }),
  ).toHaveAttribute('href', stepPath(roadmap.id, firstStep!.id));
});

describeAs('checklist-journey', 'a signed-in learner with JavaScript', () => {
  test('ticks and unticks checklist items, kept in the account across reloads', async ({
    page,
    projectPage,
    login,
  }) => {
    await expect(await tickFirstRequirement(page, projectPage)).toHaveText('Saved.');
    await tick(page, firstCheck(page));
    await expect
      .poll(() => tickedRows(login))
      .toEqual([{ project_id: project.id, ticked: ['a1', 'r1'] }]);

    await page.reload();
    await waitForSession(page);
    await expect(firstRequirement(page)).toBeChecked();
    await expect(firstCheck(page)).toBeChecked();
    await tick(page, firstRequirement(page), false);
    await expect
      .poll(() => tickedRows(login))
      .toEqual([{ project_id: project.id, ticked: ['a1'] }]);

    // A link typed without its scheme is completed, not refused.
    await projectPage.saveAndConfirm('In progress', 'github.com/me/repo');
    await expect(projectPage.link).toHaveAttribute('href', 'https://github.com/me/repo');
  });
});

test('a visitor ticks in this browser, signs in, and finds the ticks in the account', async ({
  page,
  projectPage,
}) => {
  await expect(await tickFirstRequirement(page, projectPage)).toContainText(
    'Saved in this browser',
  );
  await page.reload();
  await waitForSession(page);
  await expect(firstRequirement(page)).toBeChecked();
  await expect(firstCheck(page)).not.toBeChecked();

  const login = await signInWithBrowserData(
    page,
    'checklist-visitor',
    "Ticks on 1 project's checklist from this browser were added to your account",
  );
  await expect.poll(() => tickedRows(login)).toEqual([{ project_id: project.id, ticked: ['r1'] }]);
  expect(await page.evaluate(() => localStorage.getItem('waymark-project-checklists'))).toBeNull();
  await page.goto(projectPath(roadmap.id, project.id));
  await waitForSession(page);
  await expect(firstRequirement(page)).toBeChecked();
});

describeWithoutJavaScript(() => {
  describeAs('checklist-nojs', 'a signed-in learner', () => {
    test('ticks boxes and saves them with the form; a bare link is completed', async ({
      page,
      projectPage,
      login,
    }) => {
      await projectPage.goto(project.id);
      await firstRequirement(page).check();
      await box(page, 'Stretch goals', 1).check();
      await checklist(page).getByRole('button', { name: 'Save ticks' }).click();
      await expect(checklist(page).getByRole('status')).toHaveText('Saved.');
      await expect(firstRequirement(page)).toBeChecked();
      await expect(box(page, 'Stretch goals', 1)).toBeChecked();
      expect(await tickedRows(login)).toEqual([{ project_id: project.id, ticked: ['r1', 's2'] }]);

      await projectPage.goto(project.id);
      await projectPage.saveAndConfirm('Done', 'github.com/me/repo');
      await expect(projectPage.link).toHaveAttribute('href', 'https://github.com/me/repo');
    });
  });

  test('a visitor is asked to sign in, and no tick is kept', async ({ page, projectPage }) => {
    await projectPage.goto(project.id);
    await firstRequirement(page).check();
    await checklist(page).getByRole('button', { name: 'Save ticks' }).click();
    await expect(checklist(page).getByRole('alert')).toContainText('You are not signed in');
  });
});
