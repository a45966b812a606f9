import { ActionForm, Field } from '@/app/_components/cohorts/ActionForm';
import { CopyField } from '@/app/_components/forms/CopyField';
import { createInvite, revokeInvite, type NewInviteLink } from '@/lib/cohorts/actions';
import { DEFAULT_INVITE_DAYS, MAX_INVITE_DAYS, MAX_INVITE_USES } from '@/lib/cohorts/limits';
import type { LiveInvite } from '@/lib/cohorts/views';
import { formatDayOf } from '@/lib/format';

/** The link is shown once, right after it is made: only its hash is kept. */
function NewLink({ url }: NewInviteLink) {
  return (
    <div className="mt-3 text-sm">
      <CopyField label="Invite link (shown only now: copy it)" value={url} />
    </div>
  );
}

/** The owner's invites: a form for a new link, and the links still in use with Revoke. */
export function InvitesPanel({ cohortId, invites }: { cohortId: string; invites: LiveInvite[] }) {
  return (
    <>
      <h2 className="mt-8 text-xl font-semibold">Invite people</h2>
      <p className="mt-1 text-sm text-muted">
        Whoever opens the link sees the cohort’s name, its roadmap, that you run it and what members
        share, and can join with one click.
      </p>
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
      {invites.length > 0 && (
        <ul className="mt-4 space-y-2">
          {invites.map((invite) => (
            <li key={invite.id} className="flex flex-wrap items-center gap-3 text-sm">
              <span>
                Link until {formatDayOf(invite.expiresAt)} · used {invite.uses}
                {invite.maxUses !== null && ` of ${invite.maxUses}`}{' '}
                {invite.uses === 1 ? 'time' : 'times'}
              </span>
              <ActionForm
                action={revokeInvite}
                hidden={{ cohortId, inviteId: invite.id }}
                label="Revoke"
                pendingLabel="Revoking…"
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
