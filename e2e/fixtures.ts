import { test as base } from '@playwright/test';

import { Dashboard } from './pages/dashboard';
import { PlanControls } from './pages/plan';
import { ProjectPage } from './pages/project-page';
import { RoadmapPage } from './pages/roadmap-page';
import { SettingsPage } from './pages/settings-page';
import { TopicPage } from './pages/topic-page';
import { loginOf, storageStatePath, type SetupLearner } from './support/learners';

type Fixtures = {
  /**
   * Which of the learners the setup project signed in this test's browser starts as; none (a
   * visitor) unless a `test.use({ signedInAs })` says so.
   */
  signedInAs: SetupLearner | undefined;
  /** The GitHub login of `signedInAs`. */
  login: string;
  roadmapPage: RoadmapPage;
  topicPage: TopicPage;
  projectPage: ProjectPage;
  dashboard: Dashboard;
  settingsPage: SettingsPage;
  plan: PlanControls;
};

export const test = base.extend<Fixtures>({
  signedInAs: [undefined, { option: true }],
  storageState: async ({ signedInAs, storageState }, provide) => {
    await provide(signedInAs ? storageStatePath(signedInAs) : storageState);
  },
  login: async ({ signedInAs }, provide) => {
    if (!signedInAs) throw new Error('the login fixture needs test.use({ signedInAs })');
    await provide(loginOf(signedInAs));
  },
  roadmapPage: async ({ page }, provide) => provide(new RoadmapPage(page)),
  topicPage: async ({ page }, provide) => provide(new TopicPage(page)),
  projectPage: async ({ page }, provide) => provide(new ProjectPage(page)),
  dashboard: async ({ page }, provide) => provide(new Dashboard(page)),
  settingsPage: async ({ page }, provide) => provide(new SettingsPage(page)),
  plan: async ({ page }, provide) => provide(new PlanControls(page)),
});

export { expect } from '@playwright/test';

/** A group of tests whose browser starts signed in as one of the setup project's learners. */
export function describeAs(learner: SetupLearner, title: string, define: () => void) {
  test.describe(title, () => {
    test.use({ signedInAs: learner });
    define();
  });
}

/** A group of tests whose browser runs no JavaScript: the server's HTML and plain forms alone. */
export function describeWithoutJavaScript(define: () => void) {
  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    define();
  });
}
