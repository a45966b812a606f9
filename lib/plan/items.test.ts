import { describe, expect, it } from 'vitest';

import { getRoadmaps } from '@/lib/content';
import { toStepEntries } from '@/lib/content/step-entries';

import { planItems, plannedHours, planRoadmapOf, type PlanRoadmap } from './items';
import { summarisePlan } from './summary';

const roadmap = getRoadmaps()[0]!;
const topics = roadmap.steps.flatMap((step) => step.topics);
const started = new Date('2026-11-30T08:00:00Z');

const noFacts = {
  topics: new Map(),
  projects: new Map(),
  logged: new Map(),
  planStartedAt: started,
};

describe('the roadmap’s planned items', () => {
  it('are its topics in roadmap order, each step closed by its project, each at its estimate', () => {
    const items = planItems(roadmap, noFacts);
    expect(items.map((item) => item.id)).toEqual(
      roadmap.steps.flatMap((step) => [...step.topics.map((topic) => topic.id), step.project.id]),
    );
    expect(items.find((item) => item.kind === 'project')).toMatchObject({
      id: roadmap.steps[0]!.project.id,
      estimate: roadmap.steps[0]!.project.hours,
    });
    expect(items[0]).toMatchObject({
      kind: 'topic',
      estimate: topics[0]!.hours,
      status: 'not_started',
      href: `/roadmaps/${roadmap.id}/${topics[0]!.id}`,
    });
  });

  it('carry status, logged time and whether the status changed since the plan started', () => {
    const [first, second] = topics;
    const items = planItems(roadmap, {
      topics: new Map([
        [first!.id, { status: 'done', updatedAt: new Date('2026-11-29T08:00:00Z') }],
        [second!.id, { status: 'in_progress', updatedAt: new Date('2026-12-01T08:00:00Z') }],
      ]),
      projects: new Map(),
      logged: new Map([[second!.id, { total: 3, sincePlan: 2 }]]),
      planStartedAt: started,
    });
    expect(items[0]).toMatchObject({ status: 'done', changedSincePlan: false });
    expect(items[1]).toMatchObject({
      status: 'in_progress',
      changedSincePlan: true,
      logged: 3,
      loggedSincePlan: 2,
    });
  });

  it('include a step’s project after its topics once the content has projects', () => {
    const [step] = roadmap.steps;
    const withProject: PlanRoadmap = {
      ...roadmap,
      steps: [{ ...step!, project: { id: 'first-api', title: 'Build an API', hours: 6 } }],
    };
    const items = planItems(withProject, {
      ...noFacts,
      projects: new Map([['first-api', { status: 'in_progress', updatedAt: started }]]),
    });
    expect(items.at(-1)).toMatchObject({
      kind: 'project',
      id: 'first-api',
      estimate: 6,
      status: 'in_progress',
      href: `/roadmaps/${roadmap.id}#step-${step!.id}`,
    });
    expect(items).toHaveLength(step!.topics.length + 1);
  });
});

describe('the roadmap page’s plan', () => {
  it('rebuilds the roadmap from the step entries the page sends its client components', () => {
    for (const source of getRoadmaps()) {
      const rebuilt = planRoadmapOf(source.id, toStepEntries(source));
      expect(planItems(rebuilt, noFacts)).toEqual(planItems(source, noFacts));
      expect(plannedHours(rebuilt)).toBe(plannedHours(source));
    }
  });
});

describe('the plan summary', () => {
  it('puts the arithmetic together for a roadmap', () => {
    const items = planItems(roadmap, noFacts);
    const summary = summarisePlan(
      items,
      [{ startsOn: '2026-11-30', hoursPerWeek: 10, studyDays: [1, 2, 3, 4, 5] }],
      '2027-06-30',
      '2026-12-01',
    );
    // Everything is left: every topic and every step project, at its estimate.
    const projectHours = roadmap.steps.reduce((sum, step) => sum + step.project.hours, 0);
    expect(plannedHours(roadmap)).toBeCloseTo(roadmap.hours + projectHours);
    expect(summary.remaining).toBeCloseTo(plannedHours(roadmap));
    expect(summary.finish).not.toBeNull();
    expect(summary.target?.neededPerWeek).toBeGreaterThan(0);
    expect(summary.thisWeek[0]).toMatchObject({ id: topics[0]!.id, kind: 'topic' });
    const weekHours = summary.thisWeek.reduce((sum, entry) => sum + entry.hours, 0);
    expect(weekHours).toBeGreaterThanOrEqual(10);
    expect(weekHours - summary.thisWeek.at(-1)!.hours).toBeLessThan(10);
    // Monday's 2 h were called for and nothing was done yet.
    expect(summary.track).toMatchObject({ verdict: 'behind', hours: 2 });
  });

  it('uses the most recent version as the pace', () => {
    const summary = summarisePlan(
      planItems(roadmap, noFacts),
      [
        { startsOn: '2026-12-01', hoursPerWeek: 3, studyDays: [6] },
        { startsOn: '2026-11-30', hoursPerWeek: 10, studyDays: [1, 2, 3, 4, 5] },
      ],
      null,
      '2026-12-01',
    );
    expect(summary.pace).toEqual({ hoursPerWeek: 3, studyDays: [6] });
    expect(summary.target).toBeNull();
  });
});
