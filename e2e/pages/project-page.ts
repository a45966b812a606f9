import { expect } from '@playwright/test';

import { projectPath } from '../../lib/routes';
import { RoadmapItemPage } from './roadmap-item-page';
import { waitForSaves } from './session';

/** A step project's page: the brief, the checklists and the learner's status form. */
export class ProjectPage extends RoadmapItemPage {
  url(projectId: string) {
    return projectPath(this.roadmap.id, projectId);
  }

  get form() {
    return this.page.getByRole('form', { name: /^Your project:/ });
  }

  status(label: 'Not started' | 'In progress' | 'Done') {
    return this.form.getByRole('radio', { name: label });
  }

  get urlField() {
    return this.form.getByRole('textbox', { name: /Repository or demo URL/ });
  }

  get saveButton() {
    return this.form.getByRole('button', { name: 'Save project' });
  }

  get currentStatus() {
    return this.page.getByTestId('project-status');
  }

  get link() {
    return this.form.getByTestId('project-link');
  }

  /** Chooses a status and a link and saves them (waiting for the save when JavaScript runs). */
  async save(status: 'Not started' | 'In progress' | 'Done', url: string) {
    await this.status(status).check();
    await this.urlField.fill(url);
    await this.saveButton.click();
    await waitForSaves(this.page);
  }

  /** Saves, then waits until the form says the save landed (signed in, or the server's page). */
  async saveAndConfirm(status: 'Not started' | 'In progress' | 'Done', url: string) {
    await this.save(status, url);
    await expect(this.form.getByRole('status')).toHaveText('Saved.');
  }

  /** Opens a project's page and saves a status and link there, waiting until the save lands. */
  async saveOn(projectId: string, status: 'Not started' | 'In progress' | 'Done', url: string) {
    await this.open(projectId);
    await this.saveAndConfirm(status, url);
  }

  async expectRefused(problem: string) {
    await expect(this.form.getByRole('alert')).toContainText(
      `The repository or demo URL ${problem}`,
    );
  }
}
