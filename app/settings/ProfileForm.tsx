'use client';

import Link from 'next/link';
import { useActionState, useId } from 'react';

import { FormMessage, SubmitButton } from '@/app/_components/forms/FormFeedback';
import { saveProfile } from '@/lib/profile/actions';
import { MAX_DISPLAY_NAME_LENGTH, type ProfileSettings } from '@/lib/profile/input';
import { profilePath } from '@/lib/routes';

type Props = { settings: ProfileSettings; login: string | null; gitHubName: string | null };

/** Profile visibility, display name and notes on the profile; works with and without JavaScript. */
export function ProfileForm({ settings, login, gitHubName }: Props) {
  const [result, formAction, pending] = useActionState(saveProfile, null);
  const current = result?.ok ? result.data : settings;
  const ids = { name: useId(), message: useId() };
  return (
    <form action={formAction} className="mt-3 space-y-4" data-testid="profile-form">
      <Checkbox
        name="profilePublic"
        checked={current.profilePublic}
        label="Make my profile public"
        hint={
          login &&
          `Anyone with the link can see your progress, activity and streaks at /u/${login}.`
        }
      />
      <div>
        <label htmlFor={ids.name} className="block text-sm">
          Display name
        </label>
        <input
          id={ids.name}
          name="displayName"
          defaultValue={current.displayName ?? ''}
          maxLength={MAX_DISPLAY_NAME_LENGTH}
          placeholder={gitHubName ?? login ?? ''}
          aria-describedby={result && !result.ok ? ids.message : undefined}
          className="mt-1 w-full max-w-sm rounded-md border border-line bg-canvas px-3 py-1.5 text-sm"
        />
        <p className="mt-1 text-xs text-muted">
          Shown on your public profile. Leave it empty to use your GitHub name.
        </p>
      </div>
      <Checkbox
        name="showNotes"
        checked={current.showNotes}
        label="Show my notes on my public profile"
        hint="Off by default. Notes stay private while your profile is private."
      />
      <SubmitButton pending={pending} label="Save profile settings" pendingLabel="Saving…" />
      {result && (
        <FormMessage id={ids.message} problem={!result.ok}>
          {!result.ok ? (
            result.error.message
          ) : result.data.profilePublic && result.data.login ? (
            <>
              Saved. Your profile is public at{' '}
              <Link
                href={profilePath(result.data.login)}
                className="text-accent underline underline-offset-2"
              >
                /u/{result.data.login}
              </Link>
              .
            </>
          ) : (
            'Saved. Your profile is private.'
          )}
        </FormMessage>
      )}
    </form>
  );
}

type CheckboxProps = { name: string; checked: boolean; label: string; hint?: string | null };

/** A checkbox with its label and an optional hint, which screen readers announce with it. */
function Checkbox({ name, checked, label, hint }: CheckboxProps) {
  const hintId = useId();
  return (
    <label className="flex items-start gap-2 text-sm">
      <input
        type="checkbox"
        name={name}
        defaultChecked={checked}
        className="mt-1"
        aria-describedby={hint ? hintId : undefined}
      />
      <span>
        {label}
        {hint && (
          <span id={hintId} className="block text-muted">
            {hint}
          </span>
        )}
      </span>
    </label>
  );
}
