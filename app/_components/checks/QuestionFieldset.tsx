import type { GradedQuestion } from '@/lib/checks/grade';
import { answerField, shownPrompt, type PublicQuestion } from '@/lib/checks/public';

type Props = { number: number; question: PublicQuestion; graded?: GradedQuestion };

const verdicts = {
  correct: { icon: '✓', label: 'Correct' },
  wrong: { icon: '✗', label: 'Not quite' },
  blank: { icon: '–', label: 'Not answered' },
};

/**
 * One question: a fieldset whose legend is the prompt, a radio button per option (checkboxes for
 * "select all"). Once graded, the choices stay shown but locked, with a verdict and, for an
 * answered question, every option's explanation, marked by icon and words rather than colour; a
 * question left blank says "Not answered" and nothing more (the server sent nothing more).
 */
export function QuestionFieldset({ number, question, graded }: Props) {
  const verdict =
    graded && verdicts[!graded.answered ? 'blank' : graded.correct ? 'correct' : 'wrong'];
  const type = question.kind === 'single' ? 'radio' : 'checkbox';
  return (
    // The box is drawn by a wrapper: a fieldset's own border runs through its legend.
    <div className="rounded-lg border border-line p-4">
      <fieldset className="min-w-0" data-question-id={question.id}>
        <legend className="font-medium">
          <span className="text-muted">{number}.</span> {shownPrompt(question)}
          {question.kind === 'multiple' && (
            <span className="block text-sm font-normal text-muted">Select all that apply.</span>
          )}
        </legend>
        {verdict && (
          <p className="mt-1 text-sm font-semibold">
            <span aria-hidden="true">{verdict.icon} </span>
            {verdict.label}
          </p>
        )}
        <ul className="mt-2 space-y-2">
          {question.options.map((option) => {
            const result = graded?.answered
              ? graded.options.find((o) => o.id === option.id)
              : undefined;
            return (
              <li key={option.id}>
                <label className="flex gap-2">
                  <input
                    type={type}
                    name={answerField(question.id)}
                    value={option.id}
                    defaultChecked={result?.chosen}
                    disabled={graded !== undefined}
                    className="mt-1"
                  />
                  <span>
                    {option.text}
                    {result && (result.correct || result.chosen) && (
                      <span className="ml-1 text-sm font-semibold">
                        {result.correct ? (
                          <>
                            <span aria-hidden="true">✓ </span>
                            {result.chosen ? 'Your answer, correct' : 'Correct answer'}
                          </>
                        ) : (
                          <>
                            <span aria-hidden="true">✗ </span>Your answer, not correct
                          </>
                        )}
                      </span>
                    )}
                    {result && (
                      <span className="mt-0.5 block text-sm text-muted">{result.explanation}</span>
                    )}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
    </div>
  );
}
