/**
 * Starting a cohort, inviting to it and archiving it, through the real pipeline and database: what
 * each action writes, and each refusal (bad input, the ceilings, an archived cohort), after which
 * nothing has changed.
 * membership.test.ts covers joining, roles and who may do what.
 */
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';

import { cohorts } from '@/db/schema';
import { forbiddenMessage } from '@/lib/messages';
import { hashSecretToken } from '@/lib/secret-token';
import {
  actions,
  cohortOfThree,
  cohortTables,
  inviteTo,
  join,
  membersOf,
  roadmapId,
  startCohort,
} from '@/testing/cohorts';
import { describeEachDriver, newLearner, signIn, testDatabase } from '@/testing/integration';
import { form, redirectOf } from '@/testing/requests';
import { countRows, selectRows } from '@/testing/rows';

import { MAX_COHORTS_PER_OWNER, MAX_LIVE_INVITES_PER_COHORT } from './limits';
import { joinRefusals, refusals } from './messages';

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

const refusedWith = (message: string) => ({
  ok: false,
  error: { code: 'INVALID_INPUT', message },
});
const archive = (cohortId: string, archived: 'yes' | 'no') =>
  actions.setArchived(null, form({ cohortId, archived }));
const archivedAt = async (cohortId: string) =>
  (await selectRows(sql`select archived_at from cohorts where id = ${cohortId}`))[0]!.archived_at;

describeEachDriver('archiving a cohort', () => {
  it('refuses its invite links and new invites until the owner reopens it; its people stay', async () => {
    const { owner, member, cohortId } = await cohortOfThree();
    const token = await inviteTo(cohortId, owner);
    signIn(owner);
    expect(await redirectOf(archive(cohortId, 'yes'))).toBe(`/cohorts/${cohortId}`);
    expect(await archivedAt(cohortId)).not.toBeNull();

    const newcomer = await newLearner('newcomer');
    const before = await cohortTables();
    expect(await join(newcomer, token)).toMatchObject(refusedWith(joinRefusals.archived));
    signIn(owner);
    expect(await actions.createInvite(null, form({ cohortId }))).toMatchObject(
      refusedWith(refusals.archived),
    );
    expect(await cohortTables()).toEqual(before);
    expect(await membersOf(cohortId)).toContainEqual(
      expect.objectContaining({ user_id: member.id, role: 'member' }),
    );

    signIn(owner);
    expect(await redirectOf(archive(cohortId, 'no'))).toBe(`/cohorts/${cohortId}`);
    expect(await archivedAt(cohortId)).toBeNull();
    expect(await redirectOf(join(newcomer, token))).toBe(`/cohorts/${cohortId}`);
  });

  it('lets nobody but the owner archive or reopen it', async () => {
    const { owner, member, outsider, cohortId } = await cohortOfThree();
    for (const learner of [member, outsider]) {
      signIn(learner);
      const before = await cohortTables();
      expect(await archive(cohortId, 'yes')).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', message: forbiddenMessage },
      });
      expect(await cohortTables()).toEqual(before);
    }
    signIn(owner);
    expect(await archive(cohortId, 'maybe' as 'yes')).toMatchObject(
      refusedWith('Choose whether the cohort is archived.'),
    );
    expect(await archivedAt(cohortId)).toBeNull();
  });
});

const schedule = (cohortId: string, fields: Record<string, string>) =>
  actions.setSchedule(null, form({ cohortId, ...fields }));
const scheduleRow = async (cohortId: string) =>
  (
    await selectRows(
      sql`select starts_on::text, minutes_per_week, ends_on::text, counts_optional from cohorts where id = ${cohortId}`,
    )
  )[0];

describeEachDriver('a cohort’s schedule', () => {
  it('is set by the owner with a pace or a last day, and cleared with an empty first day', async () => {
    const { owner, cohortId } = await cohortOfThree();
    signIn(owner);
    const paced = { startsOn: '2027-01-04', hoursPerWeek: '7.5', endsOn: '' };
    expect(await redirectOf(schedule(cohortId, paced))).toBe(`/cohorts/${cohortId}`);
    expect(await scheduleRow(cohortId)).toEqual({
      starts_on: '2027-01-04',
      minutes_per_week: 450,
      ends_on: null,
      counts_optional: false, // the box was not ticked
    });
    const ending = { startsOn: '2027-01-04', hoursPerWeek: '', endsOn: '2027-06-30' };
    await redirectOf(schedule(cohortId, { ...ending, countsOptional: 'on' }));
    expect(await scheduleRow(cohortId)).toEqual({
      starts_on: '2027-01-04',
      minutes_per_week: null,
      ends_on: '2027-06-30',
      counts_optional: true,
    });
    await redirectOf(schedule(cohortId, { startsOn: '', hoursPerWeek: '5', countsOptional: 'on' }));
    expect(await scheduleRow(cohortId)).toMatchObject({ starts_on: null, minutes_per_week: null });
  });

  it('refuses a schedule that is not one, and anyone but the owner, changing nothing', async () => {
    const { owner, member, outsider, cohortId } = await cohortOfThree();
    signIn(owner);
    await redirectOf(schedule(cohortId, { startsOn: '2027-01-04', hoursPerWeek: '10' }));
    const before = await cohortTables();
    const start = '2027-01-04';
    for (const [fields, message] of [
      [
        { startsOn: start, hoursPerWeek: '10', endsOn: '2027-03-01' },
        'Give either hours a week or a last day, not both.',
      ],
      [{ startsOn: start }, 'Give the schedule hours a week or a last day.'],
      [{ startsOn: start, endsOn: start }, 'The last day must come after the first day.'],
      [
        { startsOn: start, endsOn: '2033-01-05' },
        'The last day can be at most 5 years after the first.',
      ],
      [
        { startsOn: '2027-02-30', hoursPerWeek: '10' },
        'The first day must be a date (YYYY-MM-DD), or empty for no schedule.',
      ],
      [{ startsOn: start, hoursPerWeek: '0.1' }, 'Hours per week must be a number from 0.5 to 60.'],
      [
        { startsOn: start, hoursPerWeek: 'lots' },
        'Hours per week must be a number from 0.5 to 60.',
      ],
    ] as const) {
      expect(await schedule(cohortId, fields)).toMatchObject(refusedWith(message));
    }
    for (const learner of [member, outsider]) {
      signIn(learner);
      expect(await schedule(cohortId, { startsOn: '' })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', message: forbiddenMessage },
      });
    }
    expect(await cohortTables()).toEqual(before);
  });
});
