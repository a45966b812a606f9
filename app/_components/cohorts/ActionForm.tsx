'use client';

import { startTransition, useActionState, useId, type FormEvent, type ReactNode } from 'react';

import { FormMessage, SubmitButton } from '@/app/_components/forms/FormFeedback';
import type { ActionResult } from '@/lib/action';

type FormServerAction<T> = (
  previous: ActionResult<T> | null,
  formData: FormData,
) => Promise<ActionResult<T>>;

/**
 * A cohort form: a real form posting to its server action, so it works without JavaScript. On
 * success the action redirects to the page that shows the change (or `saved` says what it made);
 * a refusal is shown under the button, the fields point at it and keep what was typed.
 */
export function ActionForm<T>({
  action,
  hidden = {},
  label,
  pendingLabel,
  tone,
  saved,
  className = 'flex flex-wrap items-end gap-3',
  children,
}: {
  action: FormServerAction<T>;
  hidden?: Record<string, string>;
  label: string;
  pendingLabel: string;
  tone?: 'quiet' | 'primary' | 'danger';
  saved?: (data: T) => ReactNode;
  className?: string;
  children?: ReactNode;
}) {
  const [result, formAction, pending] = useActionState(action, null);
  const messageId = useId();
  // With JavaScript, send the form from here rather than through `action`: React resets a form
  // after its action runs, and a refused form must keep what the learner typed to be corrected.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }
  return (
    <div>
      <form
        action={formAction}
        onSubmit={onSubmit}
        className={className}
        aria-describedby={result && !result.ok ? messageId : undefined}
      >
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {children}
        <SubmitButton pending={pending} label={label} pendingLabel={pendingLabel} tone={tone} />
      </form>
      {result && !result.ok && (
        <FormMessage id={messageId} problem>
          {result.error.message}
        </FormMessage>
      )}
      {result?.ok && saved?.(result.data)}
    </div>
  );
}

/** A labelled text or number field of a cohort form. */
export function Field({
  label,
  className = 'block text-sm',
  ...input
}: { label: string; className?: string } & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label className={className}>
      {label}
      <input
        {...input}
        className="mt-1 block rounded-md border border-line bg-canvas px-3 py-1.5 text-sm"
      />
    </label>
  );
}

/** A labelled checkbox of a cohort form, sent as `on` when ticked. */
export function CheckboxField({
  name,
  checked,
  children,
}: {
  name: string;
  checked: boolean;
  children: ReactNode;
}) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" name={name} defaultChecked={checked} /> {children}
    </label>
  );
}
