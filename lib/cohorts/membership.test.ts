/**
 * Joining, leaving, roles and sharing through the real pipeline and database, with every refusal:
 * an invite that cannot be used, joining twice, forged ids, the wrong role, a foreign cohort.
 * Each refusal leaves the cohort tables as they were.
 */
import { randomUUID } from 'node:crypto';

import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';

import { deleteUser } from '@/lib/account/queries';
import { forbiddenMessage } from '@/lib/messages';
import { actions, cohortOfThree, cohortTables, inviteTo, join, membersOf } from '@/testing/cohorts';
import { describeEachDriver, newLearner, signIn, type Learner } from '@/testing/integration';
import { form, redirectOf } from '@/testing/requests';
import { countRows, selectRows } from '@/testing/rows';

import { cohortAccessOf } from './access';
import { fellowMembersPage } from './grid-queries';
import { joinRefusals, refusals } from './messages';

const forbidden = { ok: false, error: { code: 'FORBIDDEN', message: forbiddenMessage } };

/** Calls an action as `learner` and expects the refusal `expected`, with nothing changed. */
async function expectRefused(
  learner: Learner,
  call: () => Promise<unknown>,
  expected: object = forbidden,
) {
  signIn(learner);
  const before = await cohortTables();
  expect(await call()).toMatchObject(expected);
  expect(await cohortTables()).toEqual(before);
}

const refusedWith = (message: string) => ({
  ok: false,
  error: { code: 'INVALID_INPUT', message },
});

describeEachDriver('cohort membership', () => {
  it('joins a learner through an invite as a member sharing only statuses, counting the use', async () => {
    const { owner, member, cohortId } = await cohortOfThree();
    expect(await membersOf(cohortId)).toContainEqual({
      user_id: member.id,
      role: 'member',
      shares_checks: false,
      shares_time: false,
    });
    const newcomer = await newLearner('newcomer');
    const token = await inviteTo(cohortId, owner, { maxUses: '2' });
    expect(await redirectOf(join(newcomer, token))).toBe(`/cohorts/${cohortId}`);
    expect(
      await selectRows(
        sql`select uses from cohort_invites where token_hash is not null and max_uses = 2`,
      ),
    ).toEqual([{ uses: 1 }]);
  });

  it('refuses a revoked, an expired, a used-up and an unknown invite, and joining twice', async () => {
    const { owner, member, cohortId } = await cohortOfThree();
    const learner = await newLearner('late');
    const revoked = await inviteTo(cohortId, owner);
    const [invite] = await selectRows(
      sql`select id from cohort_invites order by created_at desc limit 1`,
    );
    await redirectOf(actions.revokeInvite(null, form({ cohortId, inviteId: String(invite!.id) })));
    const expired = await inviteTo(cohortId, owner);
    await selectRows(
      sql`update cohort_invites set expires_at = now() - interval '1 second' where id = (select id from cohort_invites order by created_at desc limit 1)`,
    );
    const full = await inviteTo(cohortId, owner, { maxUses: '1' });
    await redirectOf(join(await newLearner('first'), full));
    const live = await inviteTo(cohortId, owner);

    await expectRefused(learner, () => join(learner, revoked), refusedWith(joinRefusals.revoked));
    await expectRefused(learner, () => join(learner, expired), refusedWith(joinRefusals.expired));
    await expectRefused(learner, () => join(learner, full), refusedWith(joinRefusals.full));
    const unknown = 'A'.repeat(43);
    await expectRefused(learner, () => join(learner, unknown), refusedWith(joinRefusals.unknown));
    await expectRefused(member, () => join(member, live), refusedWith(joinRefusals.member));
    await expectRefused(owner, () => join(owner, live), refusedWith(joinRefusals.member));
  });

  it('refuses every owner action to a member, a mentor and an outsider, and on a forged cohort', async () => {
    const { owner, member, outsider, cohortId, otherCohortId } = await cohortOfThree();
    signIn(owner);
    await redirectOf(
      actions.setMentor(null, form({ cohortId, memberId: member.id, mentor: 'yes' })),
    );
    const pupil = await newLearner('pupil');
    await redirectOf(join(pupil, await inviteTo(cohortId, owner)));
    const [invite] = await selectRows(
      sql`select id from cohort_invites where cohort_id = ${cohortId} limit 1`,
    );
    const inviteId = String(invite!.id);
    const ownerActions = (id: string) => [
      () => actions.createInvite(null, form({ cohortId: id })),
      () => actions.revokeInvite(null, form({ cohortId: id, inviteId })),
      () => actions.removeMember(null, form({ cohortId: id, memberId: pupil.id })),
      () => actions.setMentor(null, form({ cohortId: id, memberId: pupil.id, mentor: 'yes' })),
      () => actions.setMemberView(null, form({ cohortId: id, membersSeeEachOther: 'on' })),
      () => actions.deleteCohort(null, form({ cohortId: id })),
    ];
    // The member is a mentor now; the pupil a member; the outsider runs another cohort.
    for (const learner of [member, pupil, outsider])
      for (const call of ownerActions(cohortId)) await expectRefused(learner, call);
    for (const id of [randomUUID(), 'not-an-id', otherCohortId])
      for (const call of ownerActions(id)) await expectRefused(owner, call);
  });

  it('refuses ids of people or invites that are not in the owner’s cohort', async () => {
    const { owner, outsider, cohortId, otherCohortId } = await cohortOfThree();
    await inviteTo(otherCohortId, outsider);
    const [foreign] = await selectRows(
      sql`select id from cohort_invites where cohort_id = ${otherCohortId}`,
    );
    const inviteId = String(foreign!.id);
    await expectRefused(
      owner,
      () => actions.revokeInvite(null, form({ cohortId, inviteId })),
      refusedWith(refusals.noInvite),
    );
    for (const memberId of [outsider.id, randomUUID()]) {
      await expectRefused(
        owner,
        () => actions.removeMember(null, form({ cohortId, memberId })),
        refusedWith(refusals.noMember),
      );
      await expectRefused(
        owner,
        () => actions.setMentor(null, form({ cohortId, memberId, mentor: 'yes' })),
        refusedWith(refusals.noMember),
      );
    }
    await expectRefused(
      owner,
      () => actions.removeMember(null, form({ cohortId, memberId: owner.id })),
      refusedWith(refusals.removeSelf),
    );
    await expectRefused(
      owner,
      () => actions.setMentor(null, form({ cohortId, memberId: owner.id, mentor: 'no' })),
      refusedWith(refusals.ownRole),
    );
  });

  it('lets the owner appoint and demote a mentor, and remove people', async () => {
    const { owner, member, cohortId } = await cohortOfThree();
    signIn(owner);
    const mentor = (value: 'yes' | 'no') =>
      redirectOf(actions.setMentor(null, form({ cohortId, memberId: member.id, mentor: value })));
    expect(await mentor('yes')).toBe(`/cohorts/${cohortId}`);
    expect(await membersOf(cohortId)).toContainEqual(
      expect.objectContaining({ user_id: member.id, role: 'mentor' }),
    );
    await mentor('no');
    expect(await membersOf(cohortId)).toContainEqual(
      expect.objectContaining({ user_id: member.id, role: 'member' }),
    );
    await redirectOf(actions.removeMember(null, form({ cohortId, memberId: member.id })));
    expect(await membersOf(cohortId)).toEqual([expect.objectContaining({ user_id: owner.id })]);
  });

  it('lets a member choose what they share and leave; the owner can do neither', async () => {
    const { owner, member, outsider, cohortId } = await cohortOfThree();
    signIn(member);
    await redirectOf(actions.setSharing(null, form({ cohortId, sharesChecks: 'on' })));
    expect(await membersOf(cohortId)).toContainEqual({
      user_id: member.id,
      role: 'member',
      shares_checks: true,
      shares_time: false,
    });
    await expectRefused(
      member,
      () => actions.setSharing(null, form({ cohortId, sharesTime: 'yes' })),
      { ok: false, error: { code: 'INVALID_INPUT' } },
    );
    for (const learner of [owner, outsider]) {
      await expectRefused(learner, () =>
        actions.setSharing(null, form({ cohortId, sharesTime: 'on' })),
      );
      await expectRefused(learner, () => actions.leaveCohort(null, form({ cohortId })));
    }
    signIn(member);
    expect(await redirectOf(actions.leaveCohort(null, form({ cohortId })))).toBe('/cohorts');
    expect(await countRows('cohort_members', sql`user_id = ${member.id}`)).toBe(0);
  });

  it('shows members to each other only when the owner allows it and each chooses to', async () => {
    const { owner, member, cohortId } = await cohortOfThree();
    const shy = await newLearner('shy');
    await redirectOf(join(shy, await inviteTo(cohortId, owner)));
    signIn(member);
    await redirectOf(
      actions.setSharing(null, form({ cohortId, sharesChecks: 'on', sharesWithMembers: 'on' })),
    );
    const seenBy = async (learner: Learner) => {
      const access = await cohortAccessOf(cohortId, learner.id);
      const page = await fellowMembersPage(access!, '2026-12-07', 1);
      return { allowed: access!.membersSeeEachOther, logins: page.rows.map((row) => row.login) };
    };
    // Off until the owner turns it on: the page shows no one (the member view checks the flag).
    expect(await seenBy(shy)).toEqual({ allowed: false, logins: [member.login] });
    signIn(owner);
    await redirectOf(actions.setMemberView(null, form({ cohortId, membersSeeEachOther: 'on' })));
    // The member who chose to show theirs, with what they share; not the one who did not.
    expect(await seenBy(shy)).toEqual({ allowed: true, logins: [member.login] });
    const access = await cohortAccessOf(cohortId, shy.id);
    const [row] = (await fellowMembersPage(access!, '2026-12-07', 1)).rows;
    expect(row).toMatchObject({ checks: { attempts: 0 }, studyTime: null });
    signIn(owner);
    await redirectOf(actions.setMemberView(null, form({ cohortId })));
    expect((await seenBy(shy)).allowed).toBe(false);
  });

  it('deletes a cohort with its members and invites: by its owner, or with the owner’s account', async () => {
    const { owner, member, outsider, cohortId, otherCohortId } = await cohortOfThree();
    signIn(owner);
    expect(await redirectOf(actions.deleteCohort(null, form({ cohortId })))).toBe('/cohorts');
    for (const table of ['cohorts', 'cohort_members', 'cohort_invites'] as const)
      expect(
        await countRows(
          table,
          sql`${sql.identifier(table === 'cohorts' ? 'id' : 'cohort_id')} = ${cohortId}`,
        ),
      ).toBe(0);
    expect(await countRows('users', sql`id = ${member.id}`)).toBe(1);

    await deleteUser(outsider.id);
    expect(await countRows('cohorts', sql`id = ${otherCohortId}`)).toBe(0);
    expect(await countRows('cohort_members', sql`cohort_id = ${otherCohortId}`)).toBe(0);
  });
});
