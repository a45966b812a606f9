'use client';

import { ActionForm, Field } from '@/app/_components/cohorts/ActionForm';
import { CopyField } from '@/app/_components/forms/CopyField';
import { createInvite, type NewInviteLink } from '@/lib/cohorts/actions';
import { DEFAULT_INVITE_DAYS, MAX_INVITE_DAYS, MAX_INVITE_USES } from '@/lib/cohorts/limits';

/** The link is shown once, right after it is made: only its hash is kept. */
function NewLink({ url }: NewInviteLink) {
  return (
    <div className="mt-3 text-sm">
      <CopyField label="Invite link (shown only now: copy it)" value={url} />
    </div>
  );
}

/** The owner's form for a new invite link (a client component: it shows what the action made). */
export function NewInviteForm({ cohortId }: { cohortId: string }) {
  return (
    <ActionForm
      action={createInvite}
      hidden={{ cohortId }}
      label="Make an invite link"
      pendingLabel="Making…"
      saved={NewLink}
      className="mt-3 flex flex-wrap items-end gap-3"
    >
      <Field
        label="Lasts (days)"
        name="expiresInDays"
        type="number"
        min={1}
        max={MAX_INVITE_DAYS}
        defaultValue={DEFAULT_INVITE_DAYS}
        required
      />
      <Field
        label="Member limit (optional)"
        name="maxUses"
        type="number"
        min={1}
        max={MAX_INVITE_USES}
      />
    </ActionForm>
  );
}
