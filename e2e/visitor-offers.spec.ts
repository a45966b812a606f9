import { roadmapPath, signInPath, topicPath } from '../lib/routes';
import { allTopics, firstRoadmap } from './content';
import { expect, test } from './fixtures';

/** A visitor is offered what works for them, and sign-in for what an account adds (issue 27). */
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
});
