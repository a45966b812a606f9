import type { Locator, Page } from '@playwright/test';

/** The study plan's controls: the pace form (dashboard, roadmap page) and a topic's time log. */
export class PlanControls {
  constructor(readonly page: Page) {}

  /** The pace form of a roadmap, inside `within` (the dashboard's card, the roadmap's panel). */
  form(roadmapTitle: string, within: Page | Locator = this.page) {
    // Hidden too: a folded form is found, and setPace unfolds it.
    return within.getByRole('form', {
      name: `Your pace for the ${roadmapTitle} roadmap`,
      includeHidden: true,
    });
  }

  /** Fills the pace form and saves it. */
  async setPace(
    form: Locator,
    { hours, target = '', days }: { hours: string; target?: string; days?: string[] },
  ) {
    // The dashboard keeps the form of a roadmap not started folded.
    const details = form.locator('xpath=ancestor::details[1]');
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
    await form.getByLabel('Hours per week').fill(hours);
    if (days) {
      for (const checkbox of await form.getByRole('checkbox').all()) await checkbox.uncheck();
      for (const day of days) await form.getByRole('checkbox', { name: day }).check();
    }
    await form.getByLabel('Target date').fill(target);
    await form.getByRole('button', { name: 'Save plan' }).click();
  }

  /** A roadmap's plan summary on the dashboard, shown once its pace is saved. */
  summary(roadmapId: string) {
    return this.page.getByTestId(`plan-${roadmapId}`).getByTestId('plan-summary');
  }

  /** Makes a calendar link on the dashboard (a new one each time) and answers its URL. */
  async makeCalendarLink() {
    await this.page.getByRole('button', { name: 'Make a calendar link' }).click();
    return this.page.getByTestId('calendar-url').inputValue();
  }

  /** Replaces the active calendar link on the dashboard, if any, with a new one: its URL. */
  async renewCalendarLink() {
    await this.page
      .getByRole('button', { name: /^(Make a calendar link|Regenerate link)/ })
      .click();
    return this.page.getByTestId('calendar-url').inputValue();
  }

  get timeLogged() {
    return this.page.getByTestId('time-logged');
  }

  quickLog(label: '+15 min' | '+30 min' | '+1 h') {
    return this.page.getByRole('button', { name: label, exact: true }).click();
  }

  async logMinutes(minutes: string) {
    await this.page.getByLabel('Minutes (up to 720)').fill(minutes);
    await this.page.getByRole('button', { name: 'Log time' }).click();
  }
}
