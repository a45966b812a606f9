import { describe, expect, it } from 'vitest';

import { getRoadmaps } from '@/lib/content';
import type { ProgressRow } from '@/lib/progress/status';

import { cohortLinesByRoadmap, cohortWeeks, weekLine } from './this-week';
import type { MyCohort } from './views';

const roadmap = getRoadmaps()[0]!;
const [first] = roadmap.steps;
const cohort = (id: string, more: Partial<MyCohort> = {}): MyCohort => ({
  id,
  name: id,
  roadmapId: roadmap.id,
  role: 'member',
  archivedAt: null,
  startsOn: '2027-01-04',
  minutesPerWeek: 300,
  endsOn: null,
  countsOptional: true,
  ...more,
});
const done = (topicId: string, roadmapId = roadmap.id): ProgressRow => ({
  roadmapId,
  topicId,
  status: 'done',
  updatedAt: new Date(),
});
const day = (d: string) => `day ${d}`;

describe('the week of each of a learner’s cohorts', () => {
  // Two weeks in at 5 hours a week: 10 hours are due.
  const today = '2027-01-18';
  const firstStepTopics = first!.topics.map((topic) => done(topic.id));
  const firstStepHours = first!.topics.reduce((sum, topic) => sum + topic.hours, 0);
  const weeks = cohortWeeks(
    [
      cohort('learning'),
      cohort('mentoring', { role: 'mentor' }),
      cohort('unscheduled', { startsOn: null, minutesPerWeek: null }),
      cohort('over', { archivedAt: new Date() }),
      cohort('elsewhere', { roadmapId: getRoadmaps()[1]!.id }),
    ],
    [...firstStepTopics, done(first!.topics[0]!.id, getRoadmaps()[1]!.id)],
    [{ roadmapId: roadmap.id, projectId: first!.project.id, status: 'in_progress' }],
    today,
    day,
  );

  it('says where a scheduled cohort is this week, and where a member stands by their done hours', () => {
    const learning = weeks.get('learning')!;
    expect(learning.sentence).toMatch(/^This week \(week 3\): Step \d+: /);
    expect(learning.standing).toEqual(
      firstStepHours >= 10
        ? { kind: 'on-schedule' }
        : { kind: 'behind', weeks: Math.ceil((10 - firstStepHours) / 5) },
    );
  });

  it('gives a mentor the week but no standing, and nothing for a cohort unscheduled or over', () => {
    expect(weeks.get('mentoring')).toMatchObject({ standing: null });
    expect(weeks.has('unscheduled')).toBe(false);
    expect(weeks.has('over')).toBe(false);
  });

  it('counts only the cohort’s roadmap', () => {
    expect(weeks.get('elsewhere')!.standing).toEqual({ kind: 'behind', weeks: 2 });
  });

  it('puts a week in one line, and lists each roadmap’s cohorts for its plan', () => {
    const learning = weeks.get('learning')!;
    expect(weekLine({ sentence: 'This week (week 3): Step 2: B.', standing: null }, day)).toBe(
      'This week (week 3): Step 2: B.',
    );
    expect(
      weekLine(
        { sentence: 'This week (week 3): Step 2: B.', standing: { kind: 'behind', weeks: 2 } },
        day,
      ),
    ).toBe('This week (week 3): Step 2: B. You: 2 weeks behind.');
    const lines = cohortLinesByRoadmap(
      [cohort('learning'), cohort('mentoring', { role: 'mentor' }), cohort('unscheduled')],
      weeks,
      day,
    );
    expect(lines).toEqual({
      [roadmap.id]: [
        `learning: ${weekLine(learning, day)}`,
        `mentoring: ${weeks.get('mentoring')!.sentence}`,
      ],
    });
  });
});
