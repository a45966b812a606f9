'use client';

import type { ReactNode } from 'react';

/**
 * The submit button and the message under it that every form shares: the button says what is
 * happening while the action runs; the message is a status (or, for a problem, an alert), and its
 * id is what the form's fields point at with aria-describedby.
 */
export function SubmitButton({
  pending,
  label,
  pendingLabel,
  tone = 'quiet',
}: {
  pending: boolean;
  label: string;
  pendingLabel: string;
  /** `primary` for a form's main action; `danger` for what cannot be undone (deleting the account). */
  tone?: 'quiet' | 'primary' | 'danger';
}) {
  const look = {
    quiet: 'border border-line hover:bg-accent-soft',
    primary: 'bg-accent font-medium text-on-accent',
    danger: 'bg-danger font-medium text-on-danger',
  }[tone];
  return (
    <button type="submit" disabled={pending} className={`rounded-md px-3 py-1.5 text-sm ${look}`}>
      {pending ? pendingLabel : label}
    </button>
  );
}

export function FormMessage({
  id,
  problem,
  children,
}: {
  id: string;
  problem: boolean;
  children: ReactNode;
}) {
  return (
    <p id={id} role={problem ? 'alert' : 'status'} className="text-sm font-medium">
      {children}
    </p>
  );
}

/** A field's problem, shown below it; the field names this id in `aria-describedby`. */
export function FieldProblem({ id, problem }: { id: string; problem: string | undefined }) {
  if (!problem) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium">
      ⚠ {problem}
    </p>
  );
}
