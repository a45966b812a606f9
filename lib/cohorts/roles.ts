import type { CohortRole } from '@/db/schema';

export type { CohortRole } from '@/db/schema';

/**
 * What a role may do in a cohort. `view`: see the members' grid. `manage`: change the cohort,
 * invite, remove members, appoint mentors, delete it. `leave`: leave it (the owner deletes it
 * instead). `share`: choose what one shares with it (only a member's progress is shown).
 */
export type CohortAbility = 'view' | 'manage' | 'leave' | 'share';

const abilitiesOf: Record<CohortRole, readonly CohortAbility[]> = {
  owner: ['view', 'manage'],
  mentor: ['view', 'leave'],
  member: ['leave', 'share'],
};

export const roleMay = (role: CohortRole, ability: CohortAbility) =>
  abilitiesOf[role].includes(ability);
