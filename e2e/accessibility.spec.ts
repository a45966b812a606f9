import { projectPath, roadmapPath, signedOutPath, topicPath } from '../lib/routes';
import { allTopics, firstRoadmap, learnerPagePaths } from './content';
import { describeAs, expect, test } from './fixtures';
import { waitForSaves } from './pages/session';
import { scrollsSideways, seriousViolations } from './support/axe';

const roadmap = firstRoadmap();
const topic = allTopics(roadmap)[0]!.topic;

const pages = {
  home: '/',
  roadmap: roadmapPath(roadmap.id),
  topic: topicPath(roadmap.id, topic.id),
  project: projectPath(roadmap.id, roadmap.steps[0]!.project.id),
  search: '/search?q=data',
  'not found': roadmapPath('nope'),
  'sign-in': '/signin',
  'sign-in problem': '/signin/error?error=Configuration',
  'signed-out': signedOutPath,
};

/** A phone and a desktop; every scan and the sideways-scroll check run at both. */
const widths = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;

for (const viewport of widths) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${colorScheme} theme, ${viewport.width} px`, () => {
      test.use({ colorScheme, viewport });
      for (const [name, path] of Object.entries(pages)) {
        test(`the ${name} page has no serious or critical axe violation and fits the width`, async ({
          page,
        }) => {
          await page.goto(path);
          expect(await seriousViolations(page)).toEqual([]);
          expect(await scrollsSideways(page)).toBe(false);
        });
      }
    });
  }
}

for (const viewport of widths) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ signedInAs: viewport.name === 'phone' ? 'axe-phone' : 'axe-desktop' });

    test(`the learner’s pages have no serious or critical axe violation and fit ${viewport.width} px, in both themes`, async ({
      page,
      login,
      topicPage,
      settingsPage,
    }) => {
      test.setTimeout(210_000); // nine pages in two themes, each analysed by axe, on a busy two-core machine
      await page.setViewportSize(viewport);
      await topicPage.goto(topic.id);
      await topicPage.saveNote('A **note**');
      await settingsPage.goto();
      await settingsPage.makePublic.check();
      await settingsPage.showNotes.check();
      await settingsPage.saveProfileButton.click();
      await expect(page.getByRole('status').filter({ hasText: 'public' })).toBeVisible();

      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        for (const path of [pages.topic, ...learnerPagePaths(roadmap, topic.id, login)]) {
          await page.goto(path);
          await page.waitForLoadState('networkidle'); // the session and the lazy note editor
          expect(await seriousViolations(page), `${path} (${colorScheme})`).toEqual([]);
          expect(await scrollsSideways(page), `${path} scrolls sideways`).toBe(false);
        }
      }
    });
  });
}

describeAs('heatmap', 'on a phone, signed in', () => {
  test('the activity grid scrolls within itself, by keyboard too, from the current week', async ({
    page,
    dashboard,
    topicPage,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    // The grid is drawn once there is activity (before, the section says how to make some).
    await topicPage.goto(topic.id);
    await topicPage.statusButton('Done').click();
    await expect(topicPage.currentStatus).toContainText('Done');
    // The button shows Done at once; the dashboard only counts the change once it is stored.
    await waitForSaves(page);
    await dashboard.goto();
    const grid = page.getByRole('region', { name: /Activity, last 52 weeks/ });
    const box = await grid.evaluate((element) => ({
      overflows: element.scrollWidth > element.clientWidth,
      // In a right-to-left scroll box 0 is the right end; older weeks lie at negative offsets.
      atNewestWeek: element.scrollLeft === 0,
      rightEdge: element.getBoundingClientRect().right,
    }));
    expect(box.overflows).toBe(true);
    expect(box.atNewestWeek).toBe(true);
    expect(box.rightEdge).toBeLessThanOrEqual(390);
    await grid.focus();
    await expect(grid).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => grid.evaluate((element) => element.scrollLeft)).toBeLessThan(0);
  });
});

test('a skip link leads keyboard users past the header, with a visible focus ring', async ({
  page,
}) => {
  await page.goto(pages.topic);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).toBe('solid');
});
