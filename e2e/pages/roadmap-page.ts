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

  /** Saves one topic's status with the form under its step (the page without JavaScript). */
  async saveWithoutScript(topicId: string, status: TopicStatus) {
    const step = this.roadmap.steps.find((s) => s.topics.some((t) => t.id === topicId));
    if (!step) throw new Error(`${topicId} is not a topic of ${this.roadmap.id}`);
    const form = this.page
      .getByRole('form', { name: 'Save a status in this step' })
      .and(this.page.locator(`#save-${step.id}`));
    await form.getByLabel('Topic').selectOption(topicId);
    await form.getByLabel('Status').selectOption({ label: statusLabels[status] });
    await form.getByRole('button', { name: 'Save status' }).click();
  }
}
