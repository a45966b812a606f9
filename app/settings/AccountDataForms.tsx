'use client';

import { useActionState, useId } from 'react';

import { FormMessage, SubmitButton } from '@/app/_components/forms/FormFeedback';
import { deleteAccount, importAccountData } from '@/lib/account/actions';
import { importSummary } from '@/lib/account/import-summary';

/** Import an export file; works with and without JavaScript. */
export function ImportForm() {
  const [result, formAction, pending] = useActionState(importAccountData, null);
  const messageId = useId();
  return (
    <form
      action={formAction}
      className="mt-3 space-y-3"
      aria-describedby={result ? messageId : undefined}
    >
      <label className="block text-sm">
        Waymark export file (.json)
        <input
          type="file"
          name="file"
          accept="application/json,.json"
          required
          className="mt-1 block w-full rounded-md border border-line bg-canvas text-sm text-muted file:mr-3 file:cursor-pointer file:border-0 file:border-r file:border-line file:bg-surface file:px-3 file:py-1.5 file:font-medium file:text-ink hover:file:bg-accent-soft"
        />
      </label>
      <SubmitButton pending={pending} label="Import" pendingLabel="Importing…" />
      {result && (
        <FormMessage id={messageId} problem={!result.ok}>
          {result.ok ? importSummary(result.data) : `Nothing was imported. ${result.error.message}`}
        </FormMessage>
      )}
    </form>
  );
}

/** Delete the account after typing the GitHub login. */
export function DeleteAccountForm({ login }: { login: string }) {
  const [result, formAction, pending] = useActionState(deleteAccount, null);
  const inputId = useId();
  const messageId = useId();
  return (
    <form action={formAction} className="mt-3 space-y-3">
      <label htmlFor={inputId} className="block text-sm">
        Type your GitHub login <strong>{login}</strong> to confirm
      </label>
      <input
        id={inputId}
        name="confirmLogin"
        autoComplete="off"
        required
        aria-describedby={result && !result.ok ? messageId : undefined}
        className="rounded-md border border-line bg-canvas px-3 py-1.5 text-sm"
      />
      <div>
        <SubmitButton
          pending={pending}
          label="Delete my account and all my data"
          pendingLabel="Deleting…"
          tone="danger"
        />
      </div>
      {result && !result.ok && (
        <FormMessage id={messageId} problem>
          {result.error.message}
        </FormMessage>
      )}
    </form>
  );
}
