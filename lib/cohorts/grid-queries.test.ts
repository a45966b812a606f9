/**
 * The grid's query adds up each member's statuses per step in the database: done topics (not
 * skipped or in-progress ones), their hours of the counted steps, those done in the last 7 days,
 * the last change, and nothing of a retired topic or of anyone outside the slice.
 */
import { randomUUID } from 'node:crypto';

import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';

import { cohortMembers, cohorts, progress, projectProgress, users } from '@/db/schema';
import { getRoadmap } from '@/lib/content';
import { roadmapId } from '@/testing/cohorts';
import { describeEachDriver, testDatabase } from '@/testing/integration';

import { cohortAccessOf } from './access';
import { gridPage, ownStanding } from './grid-queries';

const roadmap = getRoadmap(roadmapId)!;
const [first, second] = roadmap.steps;
const optional = roadmap.steps.find((step) => step.optional)!;
const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000);
const today = new Date().toISOString().slice(0, 10);

describeEachDriver('the cohort grid’s query', () => {
  it('adds up each member’s statuses per step, with the hours of the steps the cohort counts', async () => {
    const { db } = testDatabase();
    const [owner, ada, grace, stranger] = ['owner', 'ada', 'grace', 'stranger'].map((login) => ({
      id: randomUUID(),
      login: `${login}-${randomUUID().slice(0, 6)}`,
    }));
    await db.insert(users).values([owner!, ada!, grace!, stranger!]);
    const [cohort] = await db
      .insert(cohorts)
      .values({ ownerId: owner!.id, name: 'Grid', roadmapId, startsOn: today, minutesPerWeek: 60 })
      .returning();
    await db.insert(cohortMembers).values([
      { cohortId: cohort!.id, userId: owner!.id, role: 'owner' as const },
      { cohortId: cohort!.id, userId: ada!.id, role: 'member' as const },
      { cohortId: cohort!.id, userId: grace!.id, role: 'member' as const },
    ]);
    const status = (userId: string, topicId: string, state: string, updatedAt: Date) => ({
      userId,
      roadmapId,
      topicId,
      status: state as 'done',
      updatedAt,
    });
    await db
      .insert(progress)
      .values([
        status(ada!.id, first!.topics[0]!.id, 'done', daysAgo(1)),
        status(ada!.id, first!.topics[1]!.id, 'done', daysAgo(10)),
        status(ada!.id, second!.topics[0]!.id, 'in_progress', daysAgo(0.5)),
        status(ada!.id, optional.topics[0]!.id, 'done', daysAgo(20)),
        status(ada!.id, 'a-retired-topic', 'done', daysAgo(0.1)),
        status(grace!.id, first!.topics[0]!.id, 'skipped', daysAgo(2)),
        status(stranger!.id, first!.topics[0]!.id, 'done', daysAgo(0)),
      ]);
    await db.insert(projectProgress).values({
      userId: ada!.id,
      roadmapId,
      projectId: first!.project.id,
      status: 'done',
      url: 'https://github.com/ada/one',
    });

    const rowsOf = async () => {
      const access = await cohortAccessOf(cohort!.id, owner!.id);
      return (await gridPage(access!, today, 1)).rows;
    };
    const [adaRow, graceRow] = await rowsOf();
    expect(adaRow!.steps[0]!.done).toBe(2);
    expect(adaRow!.steps[1]!.done).toBe(0); // in progress is not done
    expect(graceRow!.steps[0]!.done).toBe(0); // nor is skipped
    expect(adaRow!.doneThisWeek).toBe(1);
    expect(adaRow!.lastActive!.getTime()).toBeCloseTo(daysAgo(0.5).getTime(), -4);
    const coreHours = first!.topics[0]!.hours + first!.topics[1]!.hours + first!.project.hours;
    expect(adaRow!.doneHours).toBeCloseTo(coreHours + optional.topics[0]!.hours);
    expect(adaRow!.projects).toEqual([
      { title: first!.project.title, url: 'https://github.com/ada/one', done: true },
    ]);
    // A schedule that began today: nobody is behind yet.
    expect(adaRow!.standing).toEqual({ kind: 'on-schedule' });

    await db.update(cohorts).set({ countsOptional: false }).where(eq(cohorts.id, cohort!.id));
    const [adaCore] = await rowsOf();
    expect(adaCore!.doneHours).toBeCloseTo(coreHours);
    expect(adaCore!.steps[roadmap.steps.indexOf(optional)]!.done).toBe(1); // still shown

    const access = await cohortAccessOf(cohort!.id, ada!.id);
    expect(await ownStanding(access!, { userId: ada!.id, login: ada!.login }, today)).toMatchObject(
      {
        userId: ada!.id,
        doneHours: adaCore!.doneHours,
      },
    );
  });
});
