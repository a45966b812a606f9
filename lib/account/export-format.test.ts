import { describe, expect, it } from 'vitest';

import { firstCheckedTopicForTests } from '@/lib/checks/testing';
import { getRoadmaps } from '@/lib/content';
import { postgresTimeZoneNames } from '@/lib/time-zone/names';
import { useRetiredTopics } from '@/testing/retired-topics';
import { zonesOnlyNodeKnows } from '@/testing/time-zones';

import { describeImportProblem, exportFileSchema } from './export-format';

const checked = firstCheckedTopicForTests();
const [question] = checked.check.questions;
const rightOption = question!.options.find((option) => option.correct)!.id;
const wrongOption = question!.options.find((option) => !option.correct)!.id;
const backendTopic = getRoadmaps().find((roadmap) => roadmap.id === 'backend')!.steps[0]!.topics[0]!
  .id;

const valid = {
  format: 'waymark-export',
  version: 1,
  exportedAt: '2026-11-01T10:00:00.000Z',
  profile: {
    name: 'Mona',
    login: 'mona',
    timeZone: 'Europe/Paris',
    createdAt: '2026-01-01T00:00:00.000Z',
  },
  progress: [
    {
      roadmapId: 'backend',
      topicId: 'a-retired-topic',
      status: 'done',
      updatedAt: '2026-10-01T00:00:00Z',
    },
  ],
  history: [
    {
      roadmapId: 'backend',
      topicId: 'x',
      status: 'done',
      source: 'control',
      changedAt: '2026-10-01T00:00:00Z',
    },
  ],
};

const answer = (fields: Record<string, unknown>) => ({
  attemptId: 'a1',
  roadmapId: checked.roadmapId,
  topicId: checked.topicId,
  questionId: question!.id,
  chosenOptionIds: [rightOption],
  correct: true,
  answeredAt: '2026-10-01T00:00:00Z',
  ...fields,
});
const withAnswers = (...answers: Record<string, unknown>[]) => ({
  ...valid,
  version: 3,
  checkAnswers: answers,
});
const withAnswer = (fields: Record<string, unknown>) => withAnswers(answer(fields));

const problem = (file: unknown) => {
  const result = exportFileSchema.safeParse(file);
  return result.success ? null : describeImportProblem(result.error);
};

describe('the export file format', () => {
  useRetiredTopics('backend', ['a-retired-topic']);

  it('accepts an export, retired topic ids included', () => {
    expect(problem(valid)).toBeNull();
  });

  it('refuses a topic id its roadmap never had, in progress and in notes', () => {
    const madeUp = {
      roadmapId: 'backend',
      topicId: 'made-up-topic',
      updatedAt: '2026-10-01T00:00:00Z',
    };
    expect(
      problem({ ...valid, progress: [...valid.progress, { ...madeUp, status: 'done' }] }),
    ).toBe('progress[1].topicId names a topic "made-up-topic" the roadmap "backend" never had');
    expect(problem({ ...valid, version: 2, notes: [{ ...madeUp, body: 'Hand-edited' }] })).toBe(
      'notes[0].topicId names a topic "made-up-topic" the roadmap "backend" never had',
    );
  });

  it.each([...zonesOnlyNodeKnows, 'Mars/Olympus'])(
    'reads the zone %s by the forms’ rule: as a zone PostgreSQL knows, or none, and still imports',
    (timeZone) => {
      const zone = exportFileSchema.parse({ ...valid, profile: { ...valid.profile, timeZone } })
        .profile.timeZone;
      expect(zone === null || postgresTimeZoneNames.has(zone)).toBe(true);
    },
  );

  it('names what is wrong with an invalid file', () => {
    expect(problem({ ...valid, format: 'other' })).toBe(
      'format is not "waymark-export": this is not a Waymark export',
    );
    expect(problem({ ...valid, version: 4 })).toBe(
      'version is not 1, 2 or 3, the versions this Waymark reads',
    );
    expect(problem({ ...valid, progress: [{ ...valid.progress[0], status: 'finished' }] })).toBe(
      'progress[0].status is not one of not_started, in_progress, done, skipped',
    );
    expect(problem({ ...valid, progress: [{ ...valid.progress[0], roadmapId: 'cobol' }] })).toBe(
      'progress[0].roadmapId names an unknown roadmap "cobol"',
    );
    expect(problem({ ...valid, progress: [{ ...valid.progress[0], topicId: '<script>' }] })).toBe(
      'progress[0].topicId is not a topic id',
    );
    expect(problem({ ...valid, progress: [{ ...valid.progress[0], updatedAt: 'soon' }] })).toBe(
      'progress[0].updatedAt is not a date and time',
    );
    expect(problem([])).toMatch(/^The file /);
  });

  it('reads version 3 knowledge-check answers, and refuses malformed ones', () => {
    expect(problem(withAnswer({}))).toBeNull();
    expect(problem(withAnswer({ chosenOptionIds: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }))).toBe(
      'checkAnswers[0].chosenOptionIds names more than 6 options',
    );
    expect(problem(withAnswer({ correct: 'yes' }))).toMatch(/^checkAnswers\[0\]\.correct /);
  });

  it('grades answers again rather than trusting the file, refusing what the check does not have', () => {
    const graded = (...answers: Record<string, unknown>[]) =>
      exportFileSchema.parse(withAnswers(...answers)).checkAnswers.map((row) => row.correct);
    expect(graded(answer({ chosenOptionIds: [wrongOption], correct: true }))).toEqual([false]);
    expect(graded(answer({ correct: false }))).toEqual([true]);
    expect(problem(withAnswer({ questionId: 'invented' }))).toBe(
      'checkAnswers[0] cannot be graded: Question "invented" is not part of this check.',
    );
    expect(problem(withAnswer({ chosenOptionIds: ['invented'] }))).toBe(
      `checkAnswers[0] cannot be graded: "invented" is not an option of question "${question!.id}".`,
    );
    expect(problem(withAnswer({ topicId: 'no-such-topic' }))).toBe(
      'checkAnswers[0] cannot be graded: This topic has no knowledge check (or does not exist).',
    );
    expect(problem(withAnswers(answer({}), answer({})))).toBe(
      `checkAnswers[1].questionId repeats question ${question!.id} of attempt a1`,
    );
    expect(problem(withAnswers(answer({}), answer({ answeredAt: '2026-10-02T00:00:00Z' })))).toBe(
      'checkAnswers[1].attemptId names attempt a1 of checkAnswers[0] with another topic or time',
    );
  });

  it('refuses a display name the settings form refuses', () => {
    const withName = (displayName: string | null) => ({
      ...valid,
      version: 2,
      settings: { profilePublic: true, showNotes: false, displayName },
    });
    expect(problem(withName('Mona L.'))).toBeNull();
    expect(problem(withName(null))).toBeNull();
    expect(problem(withName('Mona\u202EL.'))).toBe(
      'settings.displayName has invisible characters or extra spaces',
    );
  });

  it('refuses notes the editor refuses: NUL bytes, runaway nesting or formatting marks', () => {
    const withNote = (body: string) => ({
      ...valid,
      version: 2,
      notes: [
        {
          roadmapId: 'backend',
          topicId: 'a-retired-topic',
          body,
          updatedAt: '2026-10-01T00:00:00Z',
        },
      ],
    });
    expect(problem(withNote('A *real* note'))).toBeNull();
    expect(problem(withNote('a\0b'))).toBe('notes[0].body contains a NUL character');
    for (const body of [`${'- '.repeat(4_999)}a`, '*a_'.repeat(3_333)]) {
      expect(problem(withNote(body))).toBe(
        'notes[0].body is a note Waymark cannot keep (a NUL character, lists or quotes nested more than 8 deep, or more than 500 formatting marks in a paragraph)',
      );
    }
  });

  it('reads step projects in version 3, holding their links to the form’s rule', () => {
    const withProject = (fields: Record<string, unknown> = {}) => ({
      ...valid,
      version: 3,
      projects: [
        {
          roadmapId: 'backend',
          projectId: 'some-project',
          status: 'done',
          url: 'https://github.com/mona/project',
          updatedAt: '2026-10-01T00:00:00Z',
          ...fields,
        },
      ],
    });
    expect(problem(withProject())).toBeNull();
    expect(problem(withProject({ url: null }))).toBeNull();
    expect(exportFileSchema.parse({ ...valid, version: 2 }).projects).toEqual([]);
    expect(problem(withProject({ url: 'javascript:alert(1)' }))).toBe(
      'projects[0].url must start with https:// (other kinds of link, such as http:, javascript: or data:, are not accepted).',
    );
    expect(problem(withProject({ url: `https://example.com/${'a'.repeat(2_029)}` }))).toBe(
      'projects[0].url is 2049 characters long; Waymark keeps links of up to 2048.',
    );
    expect(problem(withProject({ status: 'skipped' }))).toBe(
      'projects[0].status is not one of not_started, in_progress, done',
    );
    expect(problem(withProject({ projectId: '../x' }))).toBe(
      'projects[0].projectId is not a project id',
    );
    const twice = withProject();
    twice.projects.push({ ...twice.projects[0]! });
    expect(problem(twice)).toBe('projects[1] repeats the project backend/some-project');
  });

  it('reads the cohorts a file lists, and names what is wrong in them', () => {
    const cohort = {
      name: 'Evening group',
      roadmapId: 'backend',
      role: 'member',
      joinedAt: '2026-11-02T18:00:00Z',
      archivedAt: null,
      sharesChecks: true,
      sharesTime: false,
    };
    const withCohorts = (cohorts: unknown[]) => ({ ...valid, version: 3, cohorts });
    expect(problem(withCohorts([cohort, { ...cohort, roadmapId: 'retired-roadmap' }]))).toBeNull();
    // Files from before members could see each other do not say; a file that does is read.
    expect(problem(withCohorts([{ ...cohort, sharesWithMembers: true }]))).toBeNull();
    expect(problem(withCohorts([{ ...cohort, sharesWithMembers: 'yes' }]))).toMatch(
      /^cohorts\[0\]\.sharesWithMembers /,
    );
    expect(problem(withCohorts([{ ...cohort, role: 'king' }]))).toBe(
      'cohorts[0].role is not one of owner, mentor, member',
    );
    expect(problem(withCohorts([{ ...cohort, name: 'x'.repeat(81) }]))).toMatch(
      /^cohorts\[0\]\.name /,
    );
    expect(problem(withCohorts([{ ...cohort, joinedAt: '2999-01-01T00:00:00Z' }]))).toMatch(
      /^cohorts\[0\]\.joinedAt /,
    );
    expect(problem(withCohorts(Array.from({ length: 51 }, () => cohort)))).toBe(
      'cohorts lists more than 50 cohorts',
    );
  });

  it('reads version 3 files with plans and logged time, and names what is wrong in them', () => {
    const plans = {
      versions: [
        {
          roadmapId: 'backend',
          startsOn: '2026-10-05',
          minutesPerWeek: 300,
          studyDays: 0b11111,
          targetDate: '2027-06-30',
          createdAt: '2026-10-05T08:00:00Z',
        },
      ],
      time: [{ roadmapId: 'backend', topicId: backendTopic, day: '2026-10-06', minutes: 45 }],
    };
    const withPlans = (change: Partial<typeof plans>) => ({
      ...valid,
      version: 3,
      plans: { ...plans, ...change },
    });
    expect(problem(withPlans({}))).toBeNull();
    expect(problem({ ...valid, version: 2 })).toBeNull(); // no plans section: still fine
    expect(problem(withPlans({ versions: [{ ...plans.versions[0]!, minutesPerWeek: 10 }] }))).toBe(
      'plans.versions[0].minutesPerWeek is not between 30 and 3600',
    );
    expect(problem(withPlans({ versions: [{ ...plans.versions[0]!, studyDays: 0 }] }))).toBe(
      'plans.versions[0].studyDays is not a set of weekdays (1 to 127)',
    );
    expect(problem(withPlans({ versions: [{ ...plans.versions[0]!, roadmapId: 'cobol' }] }))).toBe(
      'plans.versions[0].roadmapId names an unknown roadmap "cobol"',
    );
    expect(problem(withPlans({ time: [{ ...plans.time[0]!, day: '2026-02-30' }] }))).toBe(
      'plans.time[0].day is not a date (YYYY-MM-DD)',
    );
    expect(problem(withPlans({ time: [{ ...plans.time[0]!, day: '2999-01-01' }] }))).toBe(
      'plans.time[0].day is not a date between 2000-01-01 and today',
    );
    expect(problem(withPlans({ time: [{ ...plans.time[0]!, minutes: 1441 }] }))).toBe(
      'plans.time[0].minutes is not between 1 and 1440',
    );
    expect(problem(withPlans({ time: [plans.time[0]!, plans.time[0]!] }))).toBe(
      `plans.time[1] repeats the time on backend/${backendTopic} 2026-10-06`,
    );
    expect(problem(withPlans({ time: [{ ...plans.time[0]!, topicId: 'a-retired-topic' }] }))).toBe(
      'plans.time[0].topicId names a topic this Waymark does not have',
    );
    expect(
      problem(withPlans({ versions: [{ ...plans.versions[0]!, targetDate: '9999-12-31' }] })),
    ).toBe(
      'plans.versions[0].targetDate is not between the day the plan starts (2026-10-05) and 5 years after it',
    );
    expect(
      problem(
        withPlans({ versions: [{ ...plans.versions[0]!, createdAt: '0001-01-01T00:00:00Z' }] }),
      ),
    ).toBe('plans.versions[0].createdAt is not a date between 2000-01-01 and today');
  });
});
