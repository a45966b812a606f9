/**
 * The owner's page reads the same number of SQL statements for a cohort of 5 members as for one
 * of 120 (three pages of the grid): counted on the wire, between node-postgres and PostgreSQL, as
 * e2e/queries.spec.ts counts /api/me's.
 */
import { randomUUID } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { connect } from '@/db/connect';
import { cohortMembers, cohorts, progress, users } from '@/db/schema';
import { getRoadmap } from '@/lib/content';
import { roadmapId } from '@/testing/cohorts';
import { startQueryCounter } from '@/testing/database/query-counter';
import { harness, testDatabase, useTestDatabase } from '@/testing/integration';

import { cohortAccessOf } from './access';
import type { GridOrder } from './arrange';
import { staffView } from './views';

const topics = getRoadmap(roadmapId)!.steps.flatMap((step) => step.topics);

/** A cohort of `size` members, each with a status on every topic; answers its id and owner. */
async function cohortOf(size: number) {
  const { db } = testDatabase();
  const owner = { id: randomUUID(), login: `owner-${size}` };
  const members = Array.from({ length: size }, (_, i) => ({
    id: randomUUID(),
    login: `m${size}-${i}`,
  }));
  await db.insert(users).values([owner, ...members]);
  const [cohort] = await db
    .insert(cohorts)
    .values({ ownerId: owner.id, name: `Of ${size}`, roadmapId })
    .returning();
  await db.insert(cohortMembers).values([
    { cohortId: cohort!.id, userId: owner.id, role: 'owner' as const },
    ...members.map((member) => ({
      cohortId: cohort!.id,
      userId: member.id,
      role: 'member' as const,
      // Everyone shares everything: the most the page reads.
      sharesChecks: true,
      sharesTime: true,
    })),
  ]);
  const statuses = members.flatMap((member) =>
    topics.map((topic) => ({
      userId: member.id,
      roadmapId,
      topicId: topic.id,
      status: 'done' as const,
    })),
  );
  for (let i = 0; i < statuses.length; i += 1000)
    await db.insert(progress).values(statuses.slice(i, i + 1000));
  return { cohortId: cohort!.id, ownerId: owner.id };
}

describe('the cohort page’s statements', () => {
  useTestDatabase('node-postgres');

  it('are as many for 120 members, on any page, as for 5', async () => {
    const small = await cohortOf(5);
    const large = await cohortOf(120);
    const target = testDatabase().target;
    if (target.driver !== 'node-postgres') throw new Error('needs a PostgreSQL server');
    const url = new URL(target.url);
    const counter = await startQueryCounter({ host: url.hostname, port: Number(url.port || 5432) });
    url.host = `127.0.0.1:${counter.port}`;
    const counted = await connect({ driver: 'node-postgres', url: url.toString() });
    const uncounted = harness.database;
    harness.database = { ...uncounted!, ...counted };
    try {
      const statementsOfPage = async (
        { cohortId, ownerId }: { cohortId: string; ownerId: string },
        page: number,
        order: GridOrder = { sort: 'member', show: 'all' },
      ) => {
        const before = counter.statements();
        const cohort = await cohortAccessOf(cohortId, ownerId);
        const view = await staffView(cohort!, '2026-12-07', page, order);
        return { statements: counter.statements() - before, view };
      };
      const ofSmall = await statementsOfPage(small, 1);
      expect(ofSmall.view.grid.rows).toHaveLength(5);
      // the cohort, members, their statuses, their projects, what they share, staff, invites
      expect(ofSmall.statements).toBe(7);
      for (const page of [1, 3]) {
        const ofLarge = await statementsOfPage(large, page);
        expect(ofLarge.view.grid).toMatchObject({ members: 120 });
        expect(ofLarge.view.grid.rows).toHaveLength(page === 1 ? 50 : 20);
        expect(ofLarge.view.grid.rows[0]!.steps[0]!.done).toBe(
          ofLarge.view.grid.rows[0]!.steps[0]!.total,
        );
        expect(ofLarge.statements).toBe(ofSmall.statements);
      }
      // Another order reads every member's row, in the same statements.
      const ordered = await statementsOfPage(large, 2, { sort: 'last-active', show: 'all' });
      expect(ordered.view.grid.rows).toHaveLength(50);
      expect(ordered.statements).toBe(ofSmall.statements);
    } finally {
      harness.database = uncounted;
      await counted.close();
      await counter.close();
    }
  }, 60_000);
});
