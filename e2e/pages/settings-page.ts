import { expect, type Page } from '@playwright/test';

export type ProfileSettings = { public: boolean; showNotes?: boolean; displayName?: string };

/** Settings: the profile form, the export and import, and deleting the account. */
export class SettingsPage {
  constructor(readonly page: Page) {}

  readonly url = '/settings';

  goto() {
    return this.page.goto(this.url);
  }

  get profileForm() {
    return this.page.getByTestId('profile-form');
  }

  get makePublic() {
    return this.profileForm.getByRole('checkbox', { name: /Make my profile public/ });
  }

  get showNotes() {
    return this.profileForm.getByRole('checkbox', { name: /Show my notes/ });
  }

  get saveProfileButton() {
    return this.profileForm.getByRole('button', { name: 'Save profile settings' });
  }

  /** Opens settings, saves these profile settings and waits for the form to confirm them. */
  async saveProfile(settings: ProfileSettings) {
    await this.goto();
    await this.makePublic.setChecked(settings.public);
    await this.showNotes.setChecked(settings.showNotes ?? false);
    if (settings.displayName !== undefined) {
      await this.profileForm
        .getByRole('textbox', { name: 'Display name' })
        .fill(settings.displayName);
    }
    await this.saveProfileButton.click();
    await expect(this.profileForm.getByRole('status')).toContainText(
      settings.public ? 'Your profile is public' : 'Your profile is private',
    );
  }

  get importFile() {
    return this.page.getByLabel('Waymark export file (.json)');
  }

  get importButton() {
    return this.page.getByRole('button', { name: 'Import', exact: true });
  }

  get deleteConfirmation() {
    return this.page.getByRole('textbox', { name: /Type your GitHub login/ });
  }

  get deleteButton() {
    return this.page.getByRole('button', { name: 'Delete my account and all my data' });
  }

  /** Opens settings and downloads the learner's export; answers the downloaded file's path. */
  async downloadExport() {
    await this.goto();
    const downloading = this.page.waitForEvent('download');
    await this.page.getByRole('link', { name: 'Download my data' }).click();
    return (await downloading).path();
  }

  /** Deletes the account, confirmed with `login`, and waits for the goodbye page. */
  async deleteAccount(login: string) {
    await this.deleteConfirmation.fill(login);
    await this.deleteButton.click();
    await expect(this.page).toHaveURL('/goodbye');
  }

  /** Imports a file from the open settings page: `content` as sent, or an object as its JSON. */
  async importContent(content: Buffer | object, name = 'export.json') {
    const buffer = Buffer.isBuffer(content) ? content : Buffer.from(JSON.stringify(content));
    await this.importFile.setInputFiles({ name, mimeType: 'application/json', buffer });
    await this.importButton.click();
  }

  /** Opens settings, imports the export at `path` and waits for the summary that says `merged`. */
  async importExport(path: string, merged: string) {
    await this.goto();
    await this.importFile.setInputFiles(path);
    await this.importButton.click();
    await expect(this.page.getByRole('status').filter({ hasText: merged })).toBeVisible();
  }
}
