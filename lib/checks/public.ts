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
