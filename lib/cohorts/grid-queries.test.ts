/**
 * The grid's query adds up each member's statuses per step in the database: done topics (not
 * skipped or in-progress ones), their hours of the counted steps, those done in the last 7 days,
 * the last change, and nothing of a retired topic or of anyone outside the slice.
 */
import { randomUUID } from 'node:crypto';

import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';

import {
  checkAnswers,
  cohortMembers,
  cohorts,
  progress,
  projectProgress,
  reviewCards,
  timeLog,
  users,
} from '@/db/schema';
import { addDays } from '@/lib/calendar/days';
import { questionCounts } from '@/lib/checks/answer-key';
import { topicKey } from '@/lib/checks/attempts';
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

/** A few learners, the first the cohort's owner and the rest its members. */
async function cohortWith(logins: string[], shares: Record<string, [boolean, boolean]> = {}) {
  const { db } = testDatabase();
  const people = logins.map((login) => ({
    id: randomUUID(),
    login: `${login}-${randomUUID().slice(0, 6)}`,
  }));
  await db.insert(users).values(people);
  const [cohort] = await db
    .insert(cohorts)
    .values({ ownerId: people[0]!.id, name: 'Grid', roadmapId })
    .returning();
  await db.insert(cohortMembers).values(
    people.map((person, index) => {
      const [sharesChecks, sharesTime] = shares[logins[index]!] ?? [false, false];
      const role = index === 0 ? ('owner' as const) : ('member' as const);
      return { cohortId: cohort!.id, userId: person.id, role, sharesChecks, sharesTime };
    }),
  );
  return { cohortId: cohort!.id, people };
}

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

  it('adds up the checks and study time of those who share them, and nothing of the others', async () => {
    const { db } = testDatabase();
    const { cohortId, people } = await cohortWith(['owner', 'ada', 'grace', 'linus'], {
      ada: [true, true],
      grace: [false, true],
    });
    const [owner, ada, grace, linus] = people;
    const [checked, other] = roadmap.steps
      .flatMap((step) => step.topics)
      .filter((topic) => questionCounts().has(topicKey(roadmapId, topic.id)));
    const asked = questionCounts().get(topicKey(roadmapId, checked!.id))!;
    const answers = (userId: string, attemptId: string, topicId: string, correct: boolean[]) =>
      correct.map((isCorrect, index) => ({
        userId,
        attemptId,
        roadmapId,
        topicId,
        questionId: `q${index}`,
        chosenOptionIds: ['a'],
        correct: isCorrect,
        answeredAt: daysAgo(3),
      }));
    await db.insert(checkAnswers).values([
      ...answers(ada!.id, 'pass', checked!.id, Array(asked).fill(true)),
      ...answers(ada!.id, 'one-wrong', checked!.id, [false, ...Array(asked - 1).fill(true)]),
      // Fewer answers than the check asks is not a pass, however right they are.
      ...answers(ada!.id, 'partial', other!.id, [true]),
      ...answers(ada!.id, 'retired', 'a-retired-topic', [true]),
      ...answers(grace!.id, 'hers', checked!.id, Array(asked).fill(true)),
      ...answers(linus!.id, 'his', checked!.id, Array(asked).fill(true)),
    ]);
    const card = (userId: string, topicId: string, dueOn: string) => ({
      userId,
      roadmapId,
      topicId,
      dueOn,
      lastReviewOn: addDays(today, -10),
      lastAnsweredAt: daysAgo(10),
      stability: 3,
      difficulty: 5,
      scheduledDays: 3,
      learningSteps: 0,
      reps: 1,
      lapses: 0,
      state: 2,
    });
    await db.insert(reviewCards).values([
      card(ada!.id, checked!.id, addDays(today, -1)),
      card(ada!.id, other!.id, today), // due today is not overdue
      card(grace!.id, checked!.id, addDays(today, -5)),
    ]);
    const logged = (userId: string, topicId: string, daysBack: number, minutes: number) => ({
      userId,
      roadmapId,
      topicId,
      day: addDays(today, -daysBack),
      minutes,
    });
    await db.insert(timeLog).values([
      logged(ada!.id, checked!.id, 0, 30),
      logged(ada!.id, other!.id, 6, 15),
      logged(ada!.id, checked!.id, 7, 60), // eight days counting today: not this week
      logged(grace!.id, checked!.id, 1, 45),
      logged(linus!.id, checked!.id, 1, 45),
    ]);

    const access = await cohortAccessOf(cohortId, owner!.id);
    const rows = (await gridPage(access!, today, 1)).rows;
    const byId = new Map(rows.map((row) => [row.userId, row]));
    expect(byId.get(ada!.id)).toMatchObject({
      checks: { attempts: 3, passed: 1, reviewsOverdue: 1 },
      studyTime: { minutes: 105, minutesThisWeek: 45 },
    });
    expect(byId.get(grace!.id)).toMatchObject({
      checks: null,
      studyTime: { minutes: 45, minutesThisWeek: 45 },
    });
    expect(byId.get(linus!.id)).toMatchObject({ checks: null, studyTime: null });
  });

  it('orders and filters every member before cutting the page', async () => {
    const { db } = testDatabase();
    const { cohortId, people } = await cohortWith(['owner', 'ada', 'grace', 'linus']);
    const [owner, ada, grace] = people;
    await db.insert(progress).values([
      {
        userId: ada!.id,
        roadmapId,
        topicId: first!.topics[0]!.id,
        status: 'done' as const,
        updatedAt: daysAgo(20),
      },
      {
        userId: grace!.id,
        roadmapId,
        topicId: first!.topics[0]!.id,
        status: 'done' as const,
        updatedAt: daysAgo(1),
      },
    ]);
    const access = await cohortAccessOf(cohortId, owner!.id);
    const page = (sort: 'member' | 'last-active', show: 'all' | 'stalled' | 'not-started') =>
      gridPage(access!, today, 1, { sort, show });
    const logins = async (...order: Parameters<typeof page>) =>
      (await page(...order)).rows.map((row) => row.login!.split('-')[0]);
    expect(await logins('member', 'all')).toEqual(['ada', 'grace', 'linus']);
    expect(await logins('last-active', 'all')).toEqual(['linus', 'ada', 'grace']);
    expect(await logins('member', 'stalled')).toEqual(['ada']);
    expect(await page('member', 'not-started')).toMatchObject({ members: 3, shown: 1 });
    // A page past the last still knows how many members there are.
    expect(await gridPage(access!, today, 5)).toEqual({ rows: [], members: 3, shown: 3 });
  });
});
