import type { Page } from '@playwright/test';

import type { Roadmap } from '../../lib/content';
import { firstRoadmap } from '../content';
import { waitForSession } from './session';

/** The page of one item of a roadmap (a topic, a step project), addressed by the item's id. */
export abstract class RoadmapItemPage {
  constructor(
    readonly page: Page,
    readonly roadmap: Roadmap = firstRoadmap(),
  ) {}

  abstract url(itemId: string): string;

  goto(itemId: string) {
    return this.page.goto(this.url(itemId));
  }

  /** Opens the page and waits until its forms know who is signed in. */
  async open(itemId: string) {
    const response = await this.goto(itemId);
    await waitForSession(this.page);
    return response;
  }
}
