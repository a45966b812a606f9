import { roadmapPath, signInPath, topicPath } from '../lib/routes';
import { allTopics, firstRoadmap } from './content';
import { expect, test } from './fixtures';

/**
 * What a visitor meets on roadmap and topic pages (issue 27): status controls that look like what
 * they are, and offers of what works without an account.
 */
const roadmap = firstRoadmap();
const topics = allTopics(roadmap).map(({ topic }) => topic);

test.describe('a visitor', () => {
  test('is told what works without an account, and offered sign-in to keep it everywhere', async ({
    page,
    roadmapPage,
    topicPage,
  }) => {
    await roadmapPage.open();
    const plan = page.getByTestId('roadmap-plan');
    // The pace form right below works without signing in: no "sign in to plan" above it.
    await expect(plan.getByText(/Sign in to plan/)).toBeHidden();
    await expect(plan).toContainText('Kept in this browser, no account needed.');
    await expect(plan.getByRole('link', { name: /sign in/i })).toHaveAttribute(
      'href',
      signInPath(roadmapPath(roadmap.id)),
    );
    await expect(plan.getByRole('link', { name: /sign in/i })).toContainText('every device');

    await topicPage.open(topics[0]!.id);
    await expect(page.getByText(/Sign in to log the time/)).toHaveCount(0);
    const offer = page.getByTestId('time-log-visitor');
    await expect(offer).toContainText('Your status on this topic is kept in this browser');
    await expect(offer.getByRole('link', { name: /sign in/i })).toHaveAttribute(
      'href',
      signInPath(topicPath(roadmap.id, topics[0]!.id)),
    );
  });

  test('sees the pressed state only on the current status, and done rows still read as links', async ({
    page,
    roadmapPage,
    topicPage,
  }) => {
    await topicPage.open(topics[0]!.id);
    const form = page.getByRole('form', { name: /Your status for/ });
    const reset = topicPage.statusButton('Not started');
    const weight = (name: string) =>
      topicPage.statusButton(name).evaluate((element) => getComputedStyle(element).fontWeight);
    // Not started: nothing is pressed, and Reset looks like the other plain buttons.
    await expect(form.locator('[aria-pressed="true"]')).toHaveCount(0);
    expect(await weight('Not started')).toBe(await weight('Skipped'));
    await expect(reset).not.toHaveAttribute('aria-pressed', 'true');

    await topicPage.statusButton('In progress').click();
    await expect(topicPage.currentStatus).toHaveText('In progress');
    await expect(form.locator('[aria-pressed="true"]')).toHaveCount(1);
    await expect(topicPage.statusButton('In progress')).toHaveAttribute('aria-pressed', 'true');
    expect(await weight('In progress')).not.toBe(await weight('Skipped'));

    await roadmapPage.open();
    await roadmapPage.statusSelect(topics[1]!.id).selectOption('done');
    await expect(roadmapPage.statusSelect(topics[1]!.id)).toHaveAttribute('data-s', 'done');
    const link = (index: number) => roadmapPage.row(topics[index]!.id).getByRole('link').first();
    const look = (index: number) =>
      link(index).evaluate((element) => {
        const style = getComputedStyle(element);
        return { color: style.color, line: style.textDecorationLine };
      });
    // A done row keeps the link's colour and underline (a muted grey row reads as disabled).
    expect(await look(1)).toEqual(await look(2));
  });

  test.describe('on a touch screen at 390 px', () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

    test('the status buttons show no keyboard-shortcut hints', async ({ page, topicPage }) => {
      await topicPage.open(topics[0]!.id);
      await expect(topicPage.statusButton('Done')).toBeVisible();
      await expect(topicPage.keyHints).toBeHidden();
      await expect(
        page
          .getByRole('form', { name: /Your status for/ })
          .locator('kbd')
          .first(),
      ).toBeHidden();
    });
  });
});
