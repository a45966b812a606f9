/**
 * Starting a cohort and inviting to it, through the real pipeline and database: what each action
 * writes, and each refusal (bad input, the ceilings), after which nothing has changed.
 * membership.test.ts covers joining, roles and who may do what.
 */
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';

import { cohorts } from '@/db/schema';
import { hashSecretToken } from '@/lib/secret-token';
import {
  actions,
  cohortTables,
  countRows,
  describeEachDriver,
  form,
  inviteTo,
  membersOf,
  newLearner,
  redirectOf,
  roadmapId,
  selectRows,
  signIn,
  startCohort,
  testDatabase,
} from '@/testing/cohorts';

import { MAX_COHORTS_PER_OWNER, MAX_LIVE_INVITES_PER_COHORT } from './limits';
import { refusals } from './messages';

describeEachDriver('cohorts', () => {
  it('creates a cohort with a trimmed name, run by its creator', async () => {
    const owner = await newLearner('owner');
    const cohortId = await startCohort(owner, '  Spring backend  ');
    expect(
      await selectRows(sql`select name, owner_id, roadmap_id from cohorts where id = ${cohortId}`),
    ).toEqual([{ name: 'Spring backend', owner_id: owner.id, roadmap_id: roadmapId }]);
    expect(await membersOf(cohortId)).toEqual([
      { user_id: owner.id, role: 'owner', shares_checks: false, shares_time: false },
    ]);
  });

  it.each([
    [{ name: '   ', roadmapId }, 'Give the cohort a name.'],
    [{ name: 'x'.repeat(81), roadmapId }, 'at most 80 characters'],
    [{ name: 'Spring', roadmapId: 'no-such-roadmap' }, 'Choose one of the roadmaps.'],
  ])('refuses a cohort %j, storing nothing', async (fields, message) => {
    signIn(await newLearner('owner'));
    const before = await cohortTables();
    const refused = await actions.createCohort(null, form(fields));
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(!refused.ok && refused.error.message).toContain(message);
    expect(await cohortTables()).toEqual(before);
  });

  it(`refuses a learner's cohort number ${MAX_COHORTS_PER_OWNER + 1}`, async () => {
    const owner = await newLearner('busy');
    await testDatabase()
      .db.insert(cohorts)
      .values(
        Array.from({ length: MAX_COHORTS_PER_OWNER }, (_, i) => ({
          ownerId: owner.id,
          name: `C${i}`,
          roadmapId,
        })),
      );
    signIn(owner);
    expect(await actions.createCohort(null, form({ name: 'One more', roadmapId }))).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: refusals.tooManyCohorts },
    });
    expect(await countRows('cohorts', sql`owner_id = ${owner.id}`)).toBe(MAX_COHORTS_PER_OWNER);
  });

  it('makes invite links of 256 random bits, keeping only their hash', async () => {
    const owner = await newLearner('owner');
    const cohortId = await startCohort(owner);
    const token = await inviteTo(cohortId, owner, { expiresInDays: '90', maxUses: '3' });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [invite] = await selectRows(
      sql`select token_hash, max_uses, uses, expires_at > now() + interval '89 days' as long from cohort_invites where cohort_id = ${cohortId}`,
    );
    expect(invite).toEqual({
      token_hash: hashSecretToken(token),
      max_uses: 3,
      uses: 0,
      long: true,
    });
  });

  it.each([
    [{ expiresInDays: '0' }, 'expiresInDays'],
    [{ expiresInDays: '91' }, 'expiresInDays'],
    [{ expiresInDays: 'soon' }, 'expiresInDays'],
    [{ maxUses: '0' }, 'maxUses'],
    [{ maxUses: '501' }, 'maxUses'],
    [{ maxUses: '2.5' }, 'maxUses'],
  ])('refuses an invite with %j, naming the field', async (fields, field) => {
    const owner = await newLearner('owner');
    const cohortId = await startCohort(owner);
    const refused = await actions.createInvite(null, form({ cohortId, ...fields }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(!refused.ok && refused.error.fields).toHaveProperty(field);
    expect(await countRows('cohort_invites', sql`cohort_id = ${cohortId}`)).toBe(0);
  });

  it(`refuses a cohort's live invite number ${MAX_LIVE_INVITES_PER_COHORT + 1}, and counts revoked ones out`, async () => {
    const owner = await newLearner('owner');
    const cohortId = await startCohort(owner);
    for (let i = 0; i < MAX_LIVE_INVITES_PER_COHORT; i++) await inviteTo(cohortId, owner);
    expect(await actions.createInvite(null, form({ cohortId }))).toMatchObject({
      ok: false,
      error: { message: refusals.tooManyInvites },
    });
    const [first] = await selectRows(
      sql`select id from cohort_invites where cohort_id = ${cohortId} limit 1`,
    );
    await redirectOf(actions.revokeInvite(null, form({ cohortId, inviteId: String(first!.id) })));
    await inviteTo(cohortId, owner);
  });
});
