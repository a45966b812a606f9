import type { Page } from '@playwright/test';

import type { Roadmap } from '../../lib/content';
import { statusLabels, type TopicStatus } from '../../lib/progress/status';
import { roadmapPath } from '../../lib/routes';
import { firstRoadmap } from '../content';
import { waitForSession } from './session';

/**
 * A roadmap's page: the overview, the topic rows with their status controls (filled in by the
 * page's controller once the learner's data has loaded), the forms that save without
 * JavaScript, and the progress summary.
 */
export class RoadmapPage {
  constructor(
    readonly page: Page,
    readonly roadmap: Roadmap = firstRoadmap(),
  ) {}

  get url() {
    return roadmapPath(this.roadmap.id);
  }

  goto() {
    return this.page.goto(this.url);
  }

  /** Opens the page and waits until its controls know who is signed in. */
  async open() {
    const response = await this.goto();
    await waitForSession(this.page);
    return response;
  }

  /** The learner's own plan on the page (or a visitor's, kept in the browser). */
  get myPlan() {
    return this.page.getByTestId('my-plan');
  }

  row(topicId: string) {
    return this.page.locator(`#topic-${topicId}`);
  }

  statusSelect(topicId: string) {
    return this.row(topicId).getByRole('combobox', { name: /^Status of / });
  }

  /** The step list (timeline) and the overview's list of links to its steps. */
  get steps() {
    return this.page.getByRole('list', { name: `Steps of the ${this.roadmap.title} roadmap` });
  }

  get overview() {
    return this.page.getByRole('navigation', { name: 'Overview' });
  }

  step(stepId: string) {
    return this.page.locator(`#step-${stepId}`);
  }

  noteBadge(topicId: string) {
    return this.page.getByTestId(`note-badge-${topicId}`);
  }

  get progress() {
    return this.page.getByTestId('roadmap-progress');
  }

  /**
   * Saves one topic's status the way a reader without JavaScript does: the link under its step
   * leads to the step's status page, where the topic's own form saves it.
   */
  async saveWithoutScript(topicId: string, status: TopicStatus) {
    const step = this.roadmap.steps.find((s) => s.topics.some((t) => t.id === topicId));
    if (!step) throw new Error(`${topicId} is not a topic of ${this.roadmap.id}`);
    await this.statusPageLink(step.id).click();
    await this.saveOnStatusPage(topicId, status);
  }

  /** On a step's status page: the topic's own form saves the status. */
  saveOnStatusPage(topicId: string, status: TopicStatus) {
    return this.page
      .locator(`#topic-${topicId}`)
      .getByRole('button', { name: statusLabels[status], exact: true })
      .click();
  }

  /** The no-JavaScript link under a step's rows to the page that shows and saves its statuses. */
  statusPageLink(stepId: string) {
    return this.step(stepId).getByRole('link', { name: 'Your statuses in this step' });
  }
}
