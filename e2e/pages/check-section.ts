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

  /** Chooses the given options of one question (radio or checkbox, by their text). */
  async choose(index: number, options: CheckQuestion['options']) {
    const question = this.check.questions[index]!;
    const role = question.kind === 'single' ? 'radio' : 'checkbox';
    for (const option of options)
      await this.question(index).getByRole(role, { name: option.text, exact: true }).check();
  }

  /** Answers every question correctly, except those listed in `wrong`, which get a wrong option. */
  async answer({ wrong = [] as number[] } = {}) {
    for (const [index, question] of this.check.questions.entries())
      await this.choose(
        index,
        wrong.includes(index) ? [wrongOption(question)] : correctOptions(question),
      );
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
