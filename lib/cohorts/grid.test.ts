import { describe, expect, it } from 'vitest';

import { getRoadmaps } from '@/lib/content';

import { gridPageCount, gridRows, type MemberProject, type MemberStepTotals } from './grid';

// The counting itself (done, skipped, retired topics, the 7-day window, optional steps' hours)
// happens in the grid's query: grid-queries.test.ts checks it on every driver.
const roadmap = getRoadmaps()[0]!;
const [first, second] = roadmap.steps;
const optionalIndex = roadmap.steps.findIndex((step) => step.optional);
const now = new Date('2026-12-07T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
const member = (userId: string) => ({ userId, login: userId });
const totals = (
  userId: string,
  step: number,
  done: number,
  lastActive: Date,
  more: Partial<MemberStepTotals> = {},
): MemberStepTotals => ({
  userId,
  step,
  done,
  doneHours: done,
  doneThisWeek: 0,
  lastActive,
  ...more,
});
const project = (
  userId: string,
  projectId: string,
  status: string,
  url: string | null = null,
): MemberProject => ({ userId, projectId, status, url });

describe('gridRows', () => {
  const stepTotals = [
    totals('ada', 0, 2, daysAgo(1), { doneThisWeek: 1 }),
    totals('ada', 1, 0, daysAgo(0.5)),
    totals('grace', 0, 0, daysAgo(2)),
    totals('stranger', 0, 1, daysAgo(0)),
    totals('ada', roadmap.steps.length, 1, daysAgo(0)), // a step the roadmap no longer has
  ];
  const [ada, grace, linus] = gridRows(
    roadmap,
    ['ada', 'grace', 'linus'].map(member),
    { stepTotals, projects: [], shared: [] },
    { countsOptional: true, judge: null },
  );

  it('puts each step’s done topics out of the step’s topics', () => {
    expect(ada!.steps[0]).toEqual({
      stepId: first!.id,
      title: first!.title,
      done: 2,
      total: first!.topics.length,
    });
    expect(ada!.steps[1]!.done).toBe(0);
    expect(grace!.steps[0]!.done).toBe(0);
    expect(ada!.steps).toHaveLength(roadmap.steps.length);
  });

  it('takes the last change of any step as last active, and adds up the week and the hours', () => {
    expect(ada!.lastActive).toEqual(daysAgo(0.5));
    expect(grace!.lastActive).toEqual(daysAgo(2));
    expect(linus!.lastActive).toBeNull();
    expect([ada!.doneThisWeek, grace!.doneThisWeek, linus!.doneThisWeek]).toEqual([1, 0, 0]);
    expect(ada!.doneHours).toBe(2);
  });

  it('keeps the members’ order and ignores totals of anyone else', () => {
    expect([ada, grace, linus].map((row) => row!.userId)).toEqual(['ada', 'grace', 'linus']);
  });
});

it('pages the grid, an empty cohort on one page', () => {
  expect([0, 1, 50, 51, 500].map((n) => gridPageCount(n, 50))).toEqual([1, 1, 1, 2, 10]);
});

describe('gridRows with projects and a schedule', () => {
  if (optionalIndex < 0) throw new Error('the first roadmap has an optional step');
  const optional = roadmap.steps[optionalIndex]!;
  const stepTotals = [totals('ada', 0, 1, daysAgo(1), { doneHours: 3 })];
  const projects = [
    project('ada', second!.project.id, 'in_progress', 'https://github.com/ada/two'),
    project('ada', first!.project.id, 'done', 'https://github.com/ada/one'),
    project('grace', first!.project.id, 'done'),
    project('grace', optional.project.id, 'done'),
    project('ada', 'retired-project', 'done', 'https://github.com/ada/old'),
  ];
  const rows = (countsOptional: boolean) =>
    gridRows(
      roadmap,
      ['ada', 'grace'].map(member),
      { stepTotals, projects, shared: [] },
      { countsOptional, judge: (hours) => ({ kind: 'behind', weeks: Math.round(hours) }) },
    );

  it('adds the hours of done projects to the topics’ hours, and judges each member by them', () => {
    const [ada, grace] = rows(true);
    expect(ada!.doneHours).toBe(3 + first!.project.hours);
    expect(grace!.doneHours).toBe(first!.project.hours + optional.project.hours);
    expect(ada!.standing).toEqual({ kind: 'behind', weeks: Math.round(3 + first!.project.hours) });
  });

  it('leaves optional steps’ projects out of the hours when the cohort does not count them', () => {
    const [, grace] = rows(false);
    expect(grace!.doneHours).toBe(first!.project.hours);
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
    const [ada] = gridRows(
      roadmap,
      [member('ada')],
      { stepTotals, projects, shared: [] },
      { countsOptional: true, judge: null },
    );
    expect(ada!.standing).toBeNull();
  });
});

describe('gridRows with what members share', () => {
  const checks = { attempts: 5, passed: 3, reviewsOverdue: 2 };
  const studyTime = { minutes: 90, minutesThisWeek: 30 };
  const [ada, grace] = gridRows(
    roadmap,
    ['ada', 'grace'].map(member),
    {
      stepTotals: [],
      projects: [],
      shared: [
        { userId: 'ada', checks, studyTime: null },
        { userId: 'stranger', checks, studyTime },
      ],
    },
    { countsOptional: true, judge: null },
  );

  it('gives each member what they share, and nothing where they share nothing', () => {
    expect([ada!.checks, ada!.studyTime]).toEqual([checks, null]);
    expect([grace!.checks, grace!.studyTime]).toEqual([null, null]);
  });
});
