import type { Page } from '@playwright/test';

import { sharePath } from '../../lib/routes';

/** Where a learner gets the link to their shared view of a roadmap (works without JavaScript). */
export class SharePage {
  constructor(
    readonly page: Page,
    readonly roadmapId: string,
  ) {}

  get url() {
    return sharePath(this.roadmapId);
  }

  goto() {
    return this.page.goto(this.url);
  }

  get linkToShare() {
    return this.page.getByRole('textbox', { name: 'Link to share' });
  }

  get openSharedView() {
    return this.page.getByRole('link', { name: 'Open your shared view' });
  }
}
