/**
 * One member's roadmap as the owner and mentors read it: their status on each current topic and
 * their projects, and nobody's who is not a member of the cohort.
 */
import { randomUUID } from 'node:crypto';

import { expect, it } from 'vitest';

import { cohortMembers, cohorts, progress, projectProgress, users } from '@/db/schema';
import { getRoadmap } from '@/lib/content';
import { roadmapId } from '@/testing/cohorts';
import { describeEachDriver, testDatabase } from '@/testing/integration';

import { cohortAccessOf } from './access';
import { memberRoadmap } from './member-queries';

const roadmap = getRoadmap(roadmapId)!;
const [first] = roadmap.steps;
const today = new Date().toISOString().slice(0, 10);

describeEachDriver('one member’s roadmap', () => {
  it('gives the owner a member’s statuses and projects, and nothing of anyone else', async () => {
    const { db } = testDatabase();
    const [owner, ada, stranger] = ['owner', 'ada', 'stranger'].map((login) => ({
      id: randomUUID(),
      login: `${login}-${randomUUID().slice(0, 6)}`,
    }));
    await db.insert(users).values([owner!, ada!, stranger!]);
    const [cohort] = await db
      .insert(cohorts)
      .values({ ownerId: owner!.id, name: 'One', roadmapId })
      .returning();
    await db.insert(cohortMembers).values([
      { cohortId: cohort!.id, userId: owner!.id, role: 'owner' as const },
      { cohortId: cohort!.id, userId: ada!.id, role: 'member' as const },
    ]);
    const status = (userId: string, topicId: string, state: 'done' | 'in_progress') => ({
      userId,
      roadmapId,
      topicId,
      status: state,
    });
    await db
      .insert(progress)
      .values([
        status(ada!.id, first!.topics[0]!.id, 'done'),
        status(ada!.id, first!.topics[1]!.id, 'in_progress'),
        status(ada!.id, 'a-retired-topic', 'done'),
        status(stranger!.id, first!.topics[2]!.id, 'done'),
      ]);
    await db.insert(projectProgress).values({
      userId: ada!.id,
      roadmapId,
      projectId: first!.project.id,
      status: 'in_progress',
      url: 'https://github.com/ada/one',
    });
    const access = (await cohortAccessOf(cohort!.id, owner!.id))!;

    const view = await memberRoadmap(access, ada!.id, today);
    expect(Object.fromEntries(view!.statuses)).toEqual({
      [first!.topics[0]!.id]: 'done',
      [first!.topics[1]!.id]: 'in_progress',
    });
    expect(view!.projects.get(first!.project.id)).toMatchObject({
      status: 'in_progress',
      url: 'https://github.com/ada/one',
    });
    expect(view!.row).toMatchObject({ userId: ada!.id, login: ada!.login, checks: null });
    expect(view!.row.steps[0]!.done).toBe(1);

    // The owner is not a learner in it; a stranger and an unknown id are in no cohort of theirs.
    for (const id of [owner!.id, stranger!.id, randomUUID()])
      expect(await memberRoadmap(access, id, today)).toBeNull();
  });
});
