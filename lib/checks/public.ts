import type { QuestionKind, TopicCheck } from '@/lib/content/check-schema';

/** What the topic page may show before the learner answers: no correct flags, no explanations. */
export type PublicQuestion = {
  id: string;
  kind: QuestionKind;
  prompt: string;
  options: { id: string; text: string }[];
};

/** Copies only the fields a learner may see, so nothing else can slip into the page by accident. */
export function publicQuestions(check: TopicCheck): PublicQuestion[] {
  return check.questions.map(({ id, kind, prompt, options }) => ({
    id,
    kind,
    prompt,
    options: options.map((option) => ({ id: option.id, text: option.text })),
  }));
}

/** The form field that carries a question's answer(s): one value per chosen option. */
export const answerField = (questionId: string) => `q.${questionId}`;

/** The form field naming each question the form asked (the draw it was rendered with). */
export const askedField = 'asked';

const selectAllHint = /\s*\(?select all that apply\.?\)?\s*$/i;

/**
 * A question's prompt as the form shows it: a select-all question's hint is the form's to say,
 * once, so a prompt that ends with it too (as CONTENT.md asks writers to) loses its copy.
 */
export function shownPrompt(question: Pick<PublicQuestion, 'kind' | 'prompt'>): string {
  return question.kind === 'multiple'
    ? question.prompt.replace(selectAllHint, '')
    : question.prompt;
}
