import type { Page } from '@playwright/test';

/** The signed-in learner's dashboard (the activity figures also sit on public profiles). */
export class Dashboard {
  constructor(readonly page: Page) {}

  readonly url = '/dashboard';

  goto() {
    return this.page.goto(this.url);
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
