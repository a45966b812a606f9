import type { Page } from '@playwright/test';

/** The signed-in learner's dashboard (the activity figures also sit on public profiles). */
export class Dashboard {
  constructor(readonly page: Page) {}

  readonly url = '/dashboard';

  goto() {
    return this.page.goto(this.url);
  }

  /** The header's way here, on every page. */
  headerLink() {
    return this.page.getByRole('banner').getByRole('link', { name: 'Dashboard' });
  }

  get continueList() {
    return this.page.getByRole('region', { name: 'Continue' });
  }

  get notStarted() {
    return this.page.getByRole('region', { name: 'Not started yet' });
  }

  get profileLink() {
    return this.page.getByTestId('profile-link');
  }

  card(roadmapId: string) {
    return this.page.getByTestId(`dashboard-${roadmapId}`);
  }

  get currentStreak() {
    return this.page.getByTestId('current-streak');
  }

  get activityTotal() {
    return this.page.getByTestId('activity-total');
  }
}
