import { randomUUID } from 'node:crypto';

import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';

import { progressEvents, users } from '@/db/schema';
import { getRoadmaps } from '@/lib/content';
import { logStudyTime, mergeBrowserPlans, setStudyPlan } from '@/lib/plan/actions';
import { findPublicProfile } from '@/lib/profile/queries';
import { mergeBrowserProgress, setTopicStatus } from '@/lib/progress/actions';
import { getActivityByDay } from '@/lib/progress/history';
import { describeEachDriver, harness, testDatabase } from '@/testing/integration';
import { form } from '@/testing/requests';
import { selectRows } from '@/testing/rows';
import { zonesOnlyNodeKnows } from '@/testing/time-zones';

import { getTimeZone } from './queries';

const roadmap = getRoadmaps()[0]!;
const topic = roadmap.steps[0]!.topics[0]!;

/** Every way a browser's time zone reaches the account, each sending `timeZone`. */
const doors = {
  'status change': (timeZone: string) =>
    setTopicStatus(
      null,
      form({ roadmapId: roadmap.id, topicId: topic.id, status: 'done', timeZone }),
    ),
  plan: (timeZone: string) =>
    setStudyPlan(null, form({ roadmapId: roadmap.id, hoursPerWeek: '5', day1: 'on', timeZone })),
  'logged time': (timeZone: string) =>
    logStudyTime(null, form({ roadmapId: roadmap.id, topicId: topic.id, minutes: '5', timeZone })),
  'progress merge': (timeZone: string) =>
    mergeBrowserProgress({
      entries: [
        {
          roadmapId: roadmap.id,
          topicId: topic.id,
          status: 'done',
          updatedAt: new Date().toISOString(),
        },
      ],
      timeZone,
    }),
  'plan merge': (timeZone: string) =>
    mergeBrowserPlans({
      paces: [
        {
          roadmapId: roadmap.id,
          hoursPerWeek: 4,
          studyDays: [2],
          targetDate: null,
          updatedAt: new Date().toISOString(),
        },
      ],
      timeZone,
    }),
};

/** A learner with a public profile and, as a row saved before zones were checked may hold, `timeZone`. */
async function learnerWithZone(timeZone: string | null) {
  const learner = { id: randomUUID(), login: `zone-${randomUUID().slice(0, 8)}` };
  await testDatabase()
    .db.insert(users)
    .values({ ...learner, timeZone, profilePublic: true });
  // The activity query counts days in the zone only over rows it finds.
  await testDatabase().db.insert(progressEvents).values({
    userId: learner.id,
    roadmapId: roadmap.id,
    topicId: topic.id,
    status: 'done',
    source: 'control',
  });
  return learner;
}

/** What the dashboard and the public profile ask the database in the learner's zone. */
async function readPages(learner: { id: string; login: string }) {
  await getActivityByDay(learner.id, await getTimeZone(learner.id));
  const profile = await findPublicProfile(learner.login);
  await getActivityByDay(profile!.id, profile!.timeZone);
}

describeEachDriver('time zones from the browser', () => {
  const cases = zonesOnlyNodeKnows.flatMap((zone) =>
    Object.keys(doors).map((door) => [zone, door as keyof typeof doors] as const),
  );

  it.each(cases)(
    '%s from a %s is saved as a zone PostgreSQL knows, or not at all',
    async (zone, door) => {
      harness.user = await learnerWithZone(null);
      expect(await doors[door](zone)).toMatchObject({ ok: true });
      // The database itself must accept the saved zone: this is where the pages failed.
      await selectRows(
        sql`select now() at time zone coalesce(time_zone, 'UTC') from users where id = ${harness.user.id}`,
      );
      await readPages(harness.user as { id: string; login: string });
    },
  );

  it.each(Object.keys(doors) as (keyof typeof doors)[])(
    'a zone a day away from the saved one, sent with a %s, is not saved',
    async (door) => {
      // UTC+14 and UTC-12 are 26 hours apart: their dates differ at every moment.
      harness.user = await learnerWithZone('Pacific/Kiritimati');
      expect(await doors[door]('Etc/GMT+12')).toMatchObject({ ok: true });
      expect(
        await selectRows(sql`select time_zone from users where id = ${harness.user.id}`),
      ).toEqual([{ time_zone: 'Pacific/Kiritimati' }]);
    },
  );

  it.each([...zonesOnlyNodeKnows, 'Mars/Olympus'])(
    'a zone %s saved before zones were checked never fails the dashboard or the public profile',
    async (zone) => {
      await readPages(await learnerWithZone(zone));
    },
  );
});
