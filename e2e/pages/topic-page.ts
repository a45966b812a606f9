import { expect } from '@playwright/test';

import { statusActions, statusLabels, topicStatuses } from '../../lib/progress/status';
import { notePath, topicPath } from '../../lib/routes';
import { RoadmapItemPage } from './roadmap-item-page';

const actionByLabel = Object.fromEntries(
  topicStatuses.map((status) => [statusLabels[status], statusActions[status]]),
) as Record<string, string | undefined>;

/** A topic's page (and its note page): the status control and the learner's note. */
export class TopicPage extends RoadmapItemPage {
  url(topicId: string) {
    return topicPath(this.roadmap.id, topicId);
  }

  noteUrl(topicId: string) {
    return notePath(this.roadmap.id, topicId);
  }

  gotoNote(topicId: string) {
    return this.page.goto(this.noteUrl(topicId));
  }

  /**
   * One of the status buttons, by the status it sets ("Done", "Skipped", …); each is named for its
   * action ("Mark as done"), followed by its key once JavaScript runs.
   */
  statusButton(status: string) {
    const action = actionByLabel[status];
    if (!action) throw new Error(`No status is labelled "${status}"`);
    return this.page
      .getByRole('form', { name: /Your status for/ })
      .getByRole('button', { name: new RegExp(`^${action}( [a-z])?$`) });
  }

  /** The offer of where to go next, beside the status control once the topic is finished. */
  get whatNext() {
    return this.page.getByTestId('what-next');
  }

  /** The key hints, shown only where the keys work (with JavaScript). */
  get keyHints() {
    return this.page.getByRole('form', { name: /Your status for/ }).getByText(/^Keys:/);
  }

  get currentStatus() {
    return this.page.getByTestId('current-status');
  }

  get noteField() {
    return this.page.getByRole('textbox', { name: 'Your note (Markdown)' });
  }

  get noteStatus() {
    return this.page.getByTestId('note-status');
  }

  get saveNoteButton() {
    return this.page.getByRole('button', { name: 'Save note' });
  }

  /** Writes `body` into the note and saves it with the button, waiting until it is saved. */
  async saveNote(body: string) {
    await this.noteField.fill(body);
    await this.saveNoteButton.click();
    await expect(this.noteStatus).toHaveText(/^Saved/);
  }
}
