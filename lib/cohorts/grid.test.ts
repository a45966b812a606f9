import { describe, expect, it } from 'vitest';

import { getRoadmaps } from '@/lib/content';

import { gridPageCount, gridRows } from './grid';

const roadmap = getRoadmaps()[0]!;
const [first, second] = roadmap.steps;
const now = new Date('2026-12-07T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
const member = (userId: string) => ({ userId, login: userId });

describe('gridRows', () => {
  const statuses = [
    { userId: 'ada', topicId: first!.topics[0]!.id, status: 'done', updatedAt: daysAgo(1) },
    { userId: 'ada', topicId: first!.topics[1]!.id, status: 'done', updatedAt: daysAgo(10) },
    {
      userId: 'ada',
      topicId: second!.topics[0]!.id,
      status: 'in_progress',
      updatedAt: daysAgo(0.5),
    },
    { userId: 'ada', topicId: 'retired-topic', status: 'done', updatedAt: daysAgo(0) },
    { userId: 'grace', topicId: first!.topics[0]!.id, status: 'skipped', updatedAt: daysAgo(2) },
    { userId: 'stranger', topicId: first!.topics[0]!.id, status: 'done', updatedAt: daysAgo(0) },
  ];
  const [ada, grace, linus] = gridRows(
    roadmap,
    ['ada', 'grace', 'linus'].map(member),
    { statuses, projects: [] },
    now,
    { countsOptional: true, judge: null },
  );

  it('counts done topics per step out of the step’s topics', () => {
    expect(ada!.steps[0]).toEqual({
      stepId: first!.id,
      title: first!.title,
      done: 2,
      total: first!.topics.length,
    });
    expect(ada!.steps[1]!.done).toBe(0);
    expect(grace!.steps[0]!.done).toBe(0); // skipped is not done
    expect(ada!.steps).toHaveLength(roadmap.steps.length);
  });

  it('takes the last change on the roadmap’s current topics as last active', () => {
    expect(ada!.lastActive).toEqual(daysAgo(0.5));
    expect(grace!.lastActive).toEqual(daysAgo(2));
    expect(linus!.lastActive).toBeNull();
  });

  it('counts topics done in the last seven days', () => {
    expect([ada!.doneThisWeek, grace!.doneThisWeek, linus!.doneThisWeek]).toEqual([1, 0, 0]);
  });

  it('keeps the members’ order and ignores statuses of anyone else', () => {
    expect([ada, grace, linus].map((row) => row!.userId)).toEqual(['ada', 'grace', 'linus']);
  });
});

it('pages the grid, an empty cohort on one page', () => {
  expect([0, 1, 50, 51, 500].map((n) => gridPageCount(n, 50))).toEqual([1, 1, 1, 2, 10]);
});

describe('gridRows with projects and a schedule', () => {
  const optionalStep = roadmap.steps.find((step) => step.optional);
  const done = (userId: string, topicId: string) => ({
    userId,
    topicId,
    status: 'done',
    updatedAt: daysAgo(1),
  });
  const statuses = [
    done('ada', first!.topics[0]!.id),
    ...(optionalStep ? [done('ada', optionalStep.topics[0]!.id)] : []),
  ];
  const projects = [
    {
      userId: 'ada',
      projectId: second!.project.id,
      status: 'in_progress',
      url: 'https://github.com/ada/two',
    },
    {
      userId: 'ada',
      projectId: first!.project.id,
      status: 'done',
      url: 'https://github.com/ada/one',
    },
    { userId: 'grace', projectId: first!.project.id, status: 'done', url: null },
    {
      userId: 'ada',
      projectId: 'retired-project',
      status: 'done',
      url: 'https://github.com/ada/old',
    },
  ];
  const rows = (countsOptional: boolean) =>
    gridRows(roadmap, ['ada', 'grace'].map(member), { statuses, projects }, now, {
      countsOptional,
      judge: (hours) => ({ kind: 'behind', weeks: Math.round(hours) }),
    });

  it('adds the hours of done topics and done projects, and judges each member by them', () => {
    const [ada, grace] = rows(true);
    const optionalHours = optionalStep ? optionalStep.topics[0]!.hours : 0;
    const adaHours = first!.topics[0]!.hours + first!.project.hours + optionalHours;
    expect(ada!.doneHours).toBeCloseTo(adaHours);
    expect(grace!.doneHours).toBe(first!.project.hours);
    expect(ada!.standing).toEqual({ kind: 'behind', weeks: Math.round(adaHours) });
  });

  it('leaves optional steps out of the hours when the cohort does not count them', () => {
    if (!optionalStep) throw new Error('the first roadmap has an optional step');
    const [ada] = rows(false);
    expect(ada!.doneHours).toBeCloseTo(first!.topics[0]!.hours + first!.project.hours);
  });

  it('lists the linked projects in roadmap order, and none of a retired project', () => {
    const [ada, grace] = rows(true);
    expect(ada!.projects).toEqual([
      { title: first!.project.title, url: 'https://github.com/ada/one', done: true },
      { title: second!.project.title, url: 'https://github.com/ada/two', done: false },
    ]);
    expect(grace!.projects).toEqual([]);
  });

  it('has no standing without a schedule', () => {
    const [ada] = gridRows(roadmap, [member('ada')], { statuses, projects }, now, {
      countsOptional: true,
      judge: null,
    });
    expect(ada!.standing).toBeNull();
  });
});
