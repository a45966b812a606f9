import { allTopics, firstRoadmap } from './content';
import { expect, test } from './fixtures';
import { waitForSaves } from './pages/session';
import { seedStatuses } from './support/progress-rows';

// Screenshots of the roadmap page for review (not compared with a baseline): both widths, both
// themes, signed out and in, with and without JavaScript. Stable names under
// test-results/screenshots/, e.g. roadmap-1280-dark-signed-in-js-top.png.
const roadmap = firstRoadmap();
const topics = allTopics(roadmap).map(({ topic }) => topic);
const [firstStep, secondStep] = roadmap.steps;
const widths = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
];

let seeded = false;

for (const viewport of widths) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const signedIn of [false, true]) {
      for (const javaScriptEnabled of [true, false]) {
        const name = `roadmap-${viewport.width}-${colorScheme}-${signedIn ? 'signed-in' : 'signed-out'}-${javaScriptEnabled ? 'js' : 'nojs'}`;
        test.describe(name, () => {
          test.use({
            viewport,
            colorScheme,
            javaScriptEnabled,
            signedInAs: signedIn ? 'roadmap-screens' : undefined,
          });
          test(`screenshots ${name}`, async ({ page, roadmapPage, signedInAs }) => {
            if (signedInAs && !seeded) {
              seeded = true;
              const login = (await import('./support/learners')).loginOf(signedInAs);
              await seedStatuses(login, roadmap.id, {
                ...Object.fromEntries(firstStep!.topics.map((t) => [t.id, 'done'])),
                [secondStep!.topics[0]!.id]: 'skipped',
                [secondStep!.topics[1]!.id]: 'in_progress',
              }).catch(() => undefined); // a second worker may have seeded them already
            }
            await roadmapPage.goto();
            if (javaScriptEnabled) {
              await page.locator('[data-session="ready"]').waitFor();
              await expect(roadmapPage.statusSelect(topics[0]!.id)).toBeEnabled();
              await waitForSaves(page);
            }
            const dir = 'test-results/screenshots';
            await page.screenshot({ path: `${dir}/${name}-top.png` });
            await roadmapPage.step(secondStep!.id).scrollIntoViewIfNeeded();
            await page.screenshot({ path: `${dir}/${name}-step.png` });
          });
        });
      }
    }
  }
}
