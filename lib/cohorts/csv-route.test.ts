/**
 * The CSV download of a cohort's members through its real route handler and database: the owner
 * and a mentor get every member's row; a member, an outsider and a cohort that does not exist get
 * the same 404; a visitor is asked to sign in.
 */
import { randomUUID } from 'node:crypto';

import { expect, it } from 'vitest';

import { GET } from '@/app/cohorts/[cohort]/members.csv/route';
import { progress } from '@/db/schema';
import { getRoadmap } from '@/lib/content';
import { actions, cohortOfThree, inviteTo, join, membersOf, roadmapId } from '@/testing/cohorts';
import {
  describeEachDriver,
  harness,
  newLearner,
  signIn,
  testDatabase,
  type Learner,
} from '@/testing/integration';
import { form, redirectOf } from '@/testing/requests';

import { membersCsv } from './csv';

const roadmap = getRoadmap(roadmapId)!;

async function download(learner: Learner | null, cohortId: string) {
  harness.user = learner;
  const response = await GET(new Request(`http://localhost/cohorts/${cohortId}/members.csv`), {
    params: Promise.resolve({ cohort: cohortId }),
  });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

describeEachDriver('the cohort CSV', () => {
  it('gives the owner and a mentor one row per member, with their topics done per step', async () => {
    const { owner, member, cohortId } = await cohortOfThree();
    const [first, second] = roadmap.steps[0]!.topics;
    await testDatabase()
      .db.insert(progress)
      .values(
        [first!, second!].map((topic) => ({
          userId: member.id,
          roadmapId,
          topicId: topic.id,
          status: 'done' as const,
        })),
      );
    const mentor = await newLearner('mentor');
    await redirectOf(join(mentor, await inviteTo(cohortId, owner)));
    signIn(owner);
    await redirectOf(
      actions.setMentor(null, form({ cohortId, memberId: mentor.id, mentor: 'yes' })),
    );
    expect(await membersOf(cohortId)).toContainEqual(
      expect.objectContaining({ user_id: mentor.id, role: 'mentor' }),
    );

    for (const reader of [owner, mentor]) {
      const { status, headers, body } = await download(reader, cohortId);
      expect(status).toBe(200);
      expect(headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(headers.get('content-disposition')).toBe(
        'attachment; filename="spring-backend-members.csv"',
      );
      expect(headers.get('cache-control')).toBe('private, no-store');
      const lines = body.split('\r\n');
      expect(lines[0]).toBe(
        membersCsv(
          roadmap.steps.map((step) => step.title),
          [],
        ).trimEnd(),
      );
      // The mentor and the owner run the cohort: only the member is a row.
      expect(lines.slice(1, -1)).toHaveLength(1);
      const [login, lastActive, doneThisWeek, standing, checks, time, step1] = lines[1]!.split(',');
      expect(login).toBe(member.login);
      expect(lastActive).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect([doneThisWeek, step1]).toEqual(['2', `2 of ${roadmap.steps[0]!.topics.length}`]);
      expect(standing).toBe(''); // the cohort has no schedule
      expect([checks, time]).toEqual(['Not shared', 'Not shared']); // the member's choice
      expect(lines.at(-1)).toBe('');
    }
  });

  it('answers a member, an outsider and an unknown cohort with the same 404, and a visitor with 401', async () => {
    const { member, outsider, cohortId } = await cohortOfThree();
    const refusals = [
      await download(member, cohortId),
      await download(outsider, cohortId),
      await download(outsider, randomUUID()),
    ];
    for (const refusal of refusals) {
      expect(refusal).toMatchObject({ status: 404, body: 'There is no such cohort.' });
      expect(refusal.body).not.toContain(member.login);
    }
    expect(await download(null, cohortId)).toMatchObject({
      status: 401,
      body: 'Sign in to download a cohort’s members.',
    });
  });
});
