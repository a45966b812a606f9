import { ActionForm } from '@/app/_components/cohorts/ActionForm';
import { revokeInvite } from '@/lib/cohorts/actions';
import type { LiveInvite } from '@/lib/cohorts/views';
import { formatDayOf } from '@/lib/format';

import { NewInviteForm } from './NewInviteForm';

/** The owner's invites: a form for a new link, and the links still in use with Revoke. */
export function InvitesPanel({ cohortId, invites }: { cohortId: string; invites: LiveInvite[] }) {
  return (
    <>
      <h2 className="mt-8 text-xl font-semibold">Invite people</h2>
      <p className="mt-1 text-sm text-muted">
        Whoever opens the link sees the cohort’s name, its roadmap, that you run it and what members
        share, and can join with one click.
      </p>
      <NewInviteForm cohortId={cohortId} />
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
