import type { Page } from '@playwright/test';

import type { CheckQuestion, TopicCheck } from '../../lib/content/check-schema';
import { correctOptions, wrongOption } from '../checks-content';

/** The topic page's "Check yourself" section: its questions, result and buttons. */
export class CheckSection {
  constructor(
    readonly page: Page,
    readonly check: TopicCheck,
  ) {}

  get region() {
    return this.page.getByRole('region', { name: 'Check yourself' });
  }

  question(index: number) {
    return this.region.getByRole('group').nth(index);
  }

  /** The questions the form asks (its draw), in order, from the bank. */
  async asked(): Promise<CheckQuestion[]> {
    const ids = await this.region
      .locator('fieldset[data-question-id]')
      .evaluateAll((fields) => fields.map((field) => field.getAttribute('data-question-id')));
    return ids.map((id) => this.check.questions.find((question) => question.id === id)!);
  }

  /** Chooses the given options of the question shown at `index` (radio or checkbox, by text). */
  async choose(index: number, options: CheckQuestion['options']) {
    const question = (await this.asked())[index]!;
    const role = question.kind === 'single' ? 'radio' : 'checkbox';
    for (const option of options)
      await this.question(index).getByRole(role, { name: option.text, exact: true }).check();
  }

  /**
   * Answers the questions shown correctly, except those in `wrong`, which get a wrong option,
   * and those in `blank`, left unanswered (indices of the questions as shown).
   */
  async answer({ wrong = [] as number[], blank = [] as number[] } = {}) {
    for (const [index, question] of (await this.asked()).entries()) {
      if (blank.includes(index)) continue;
      await this.choose(
        index,
        wrong.includes(index) ? [wrongOption(question)] : correctOptions(question),
      );
    }
  }

  get submit() {
    return this.region.getByRole('button', { name: 'Check my answers' });
  }

  get summary() {
    return this.region.getByRole('status');
  }

  get tryAgain() {
    return this.region.getByRole('link', { name: 'Try again' });
  }

  get markDone() {
    return this.region.getByRole('button', { name: 'Mark as done' });
  }

  get lastResult() {
    return this.region.getByTestId('last-check-result');
  }

  /** "Next review: …" at the end of the last result. */
  get reviewDue() {
    return this.region.getByTestId('review-due');
  }
}
