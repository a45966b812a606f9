/** Whether an invite can still let someone join, judged the same way by the page and the action. */

export type InviteState = {
  expiresAt: Date;
  maxUses: number | null;
  uses: number;
  revokedAt: Date | null;
  /** When the invite's cohort was archived: it takes nobody in any more. */
  cohortArchivedAt: Date | null;
};

export type InviteProblem = 'archived' | 'revoked' | 'expired' | 'full';

/**
 * Why the invite cannot be used at `now`, or null when it can. An archived cohort outranks the
 * rest (no link of it works), then a revoked invite.
 */
export function inviteProblem(invite: InviteState, now: Date): InviteProblem | null {
  if (invite.cohortArchivedAt) return 'archived';
  if (invite.revokedAt) return 'revoked';
  if (invite.expiresAt.getTime() <= now.getTime()) return 'expired';
  if (invite.maxUses !== null && invite.uses >= invite.maxUses) return 'full';
  return null;
}

export const inviteProblemMessages: Record<InviteProblem | 'unknown', string> = {
  archived: 'This cohort has ended: its owner archived it, so nobody can join it any more.',
  revoked: 'This invite was withdrawn by the cohort’s owner. Ask them for a new link.',
  expired: 'This invite has expired. Ask the cohort’s owner for a new link.',
  full: 'This invite has been used as many times as its owner allowed. Ask them for a new link.',
  unknown: 'This invite link is not valid. Check that you copied all of it.',
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** When an invite made at `now` for `days` days stops working. */
export const inviteExpiry = (now: Date, days: number) => new Date(now.getTime() + days * DAY_MS);
