import type { Page } from '@playwright/test';

import type { Roadmap } from '../../lib/content';
import { roadmapPath } from '../../lib/routes';
import { firstRoadmap } from '../content';
import { waitForSession } from './session';

/** A roadmap's page: its topic rows with their status controls, and the progress summary. */
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
    return this.page.getByTestId(`topic-row-${topicId}`);
  }

  statusSelect(topicId: string) {
    return this.row(topicId).getByRole('combobox');
  }

  noteBadge(topicId: string) {
    return this.page.getByTestId(`note-badge-${topicId}`);
  }

  get progress() {
    return this.page.getByTestId('roadmap-progress');
  }
}
