import { describe, expect, it } from 'vitest';

import { cohortRoles } from '@/db/constraints';

import { inviteExpiry, inviteProblem } from './invites';
import { MAX_INVITE_USES, MAX_MEMBERS_PER_COHORT } from './limits';
import { roleMay, type CohortAbility } from './roles';

const now = new Date('2026-12-07T12:00:00Z');
const live = {
  expiresAt: inviteExpiry(now, 7),
  maxUses: null,
  uses: 0,
  revokedAt: null,
  cohortArchivedAt: null,
};

describe('inviteProblem', () => {
  it('lets a live invite through, with or without a member limit', () => {
    expect(inviteProblem(live, now)).toBeNull();
    expect(inviteProblem({ ...live, maxUses: 3, uses: 2 }, now)).toBeNull();
  });

  it('refuses a revoked invite, even one that is also expired and full', () => {
    const revokedAt = new Date(now.getTime() - 1);
    expect(inviteProblem({ ...live, revokedAt }, now)).toBe('revoked');
    expect(inviteProblem({ ...live, expiresAt: now, maxUses: 1, uses: 1, revokedAt }, now)).toBe(
      'revoked',
    );
  });

  it('refuses an invite from the moment it expires', () => {
    expect(inviteProblem({ ...live, expiresAt: now }, now)).toBe('expired');
    expect(inviteProblem({ ...live, expiresAt: new Date(now.getTime() + 1) }, now)).toBeNull();
  });

  it('refuses every invite of an archived cohort, before any other reason', () => {
    const cohortArchivedAt = new Date(now.getTime() - 1);
    expect(inviteProblem({ ...live, cohortArchivedAt }, now)).toBe('archived');
    expect(inviteProblem({ ...live, cohortArchivedAt, revokedAt: now, expiresAt: now }, now)).toBe(
      'archived',
    );
  });

  it('refuses an invite used as often as its limit allows', () => {
    expect(inviteProblem({ ...live, maxUses: 2, uses: 2 }, now)).toBe('full');
  });
});

it('an invite lasts whole days from its making', () => {
  expect(inviteExpiry(now, 90).toISOString()).toBe('2027-03-07T12:00:00.000Z');
});

it('an invite never admits more than a cohort holds', () => {
  expect(MAX_INVITE_USES).toBeLessThanOrEqual(MAX_MEMBERS_PER_COHORT);
});

describe('roleMay', () => {
  const table = (ability: CohortAbility) => cohortRoles.filter((role) => roleMay(role, ability));

  it('lets the owner alone manage the cohort', () => expect(table('manage')).toEqual(['owner']));
  it('lets the owner and mentors see the grid', () =>
    expect(table('view')).toEqual(['owner', 'mentor']));
  it('lets everyone but the owner leave', () =>
    expect(table('leave')).toEqual(['mentor', 'member']));
  it('lets members alone choose what they share', () => expect(table('share')).toEqual(['member']));
});
