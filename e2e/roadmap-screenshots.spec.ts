import { accountButton } from './auth';
import { allTopics, firstRoadmap } from './content';
import { expect, test } from './fixtures';
import { waitForSaves } from './pages/session';
import { loginOf } from './support/learners';
import { savedStatuses, seedStatuses } from './support/progress-rows';

// The roadmap page compared with committed baselines (e2e/roadmap-screenshots.spec.ts-snapshots/):
// both widths, both themes, signed out and in, with and without JavaScript. After a deliberate
// change of the page, review the new pictures and commit them: `npx playwright test
// e2e/roadmap-screenshots.spec.ts --update-snapshots`.
const roadmap = firstRoadmap();
const topics = allTopics(roadmap).map(({ topic }) => topic);
const [firstStep, secondStep] = roadmap.steps;
const widths = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
];
const learner = 'roadmap-screens';

/**
 * Lenient enough for antialiasing and font hinting to shade pixels differently (threshold), strict
 * enough that a changed colour, text or layout fails: a red h1 alone changes 5,381 pixels (0.47%).
 */
const comparison = { maxDiffPixelRatio: 0.001, threshold: 0.2, animations: 'disabled' } as const;

// One worker, in order: the signed-in pictures need the learner's statuses seeded once, before them.
test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
  const login = loginOf(learner);
  if (Object.keys(await savedStatuses(login, roadmap.id)).length > 0) return; // a restarted worker
  await seedStatuses(login, roadmap.id, {
    ...Object.fromEntries(firstStep!.topics.map((t) => [t.id, 'done'])),
    [secondStep!.topics[0]!.id]: 'skipped',
    [secondStep!.topics[1]!.id]: 'in_progress',
  });
});

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
            signedInAs: signedIn ? learner : undefined,
          });
          test(`looks as before: ${name}`, async ({ page, roadmapPage }) => {
            await roadmapPage.goto();
            if (javaScriptEnabled) {
              await page.locator('[data-session="ready"]').waitFor();
              await expect(roadmapPage.statusSelect(topics[0]!.id)).toBeEnabled();
              await waitForSaves(page);
              // A signed-in learner's plan arrives after the session: picture the page with it.
              await expect(page.getByText('Loading your plan…')).toHaveCount(0);
            }
            // The setup gives the learner a new login on every run; the header shows it.
            const options = { ...comparison, mask: [accountButton(page)] };
            await expect(page).toHaveScreenshot(`${name}-top.png`, options);
            await roadmapPage.step(secondStep!.id).scrollIntoViewIfNeeded();
            await expect(page).toHaveScreenshot(`${name}-step.png`, options);
          });
        });
      }
    }
  }
}
