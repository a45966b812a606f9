import { sql } from 'drizzle-orm';
import ICAL from 'ical.js';
import { NextRequest } from 'next/server';
import { expect, it } from 'vitest';

import { GET } from '@/app/calendar/[feed]/route';
import { cohortMembers, cohorts, reviewCards } from '@/db/schema';
import { addDays } from '@/lib/calendar/days';
import { getRoadmaps } from '@/lib/content';
import { setTopicStatus } from '@/lib/progress/actions';
import { setProjectStatus } from '@/lib/projects/actions';
import { describeEachDriver, harness, testDatabase, useLearners } from '@/testing/integration';
import { form } from '@/testing/requests';
import { selectRows } from '@/testing/rows';

import { regenerateCalendarFeed, setStudyPlan, stopCalendarFeed } from './actions';
import { hashFeedToken, newFeedToken } from './feed-token';

const roadmap = getRoadmaps()[0]!;
const topic = roadmap.steps[0]!.topics[0]!;

async function fetchFeed(url: string) {
  const { pathname } = new URL(url);
  const feed = decodeURIComponent(pathname.split('/').at(-1)!);
  return GET(new NextRequest(`http://localhost:3000${pathname}`), {
    params: Promise.resolve({ feed }),
  });
}

const feedUrlOf = async () => {
  const made = await regenerateCalendarFeed(null, new FormData());
  if (!made.ok || !made.data) throw new Error('no feed made');
  return made.data.url;
};

describeEachDriver('the calendar feed', () => {
  const { mona, hubot } = useLearners('mona', 'hubot');

  it('serves the learner’s plan privately, from a URL whose token is stored only as a hash', async () => {
    harness.user = mona;
    await setStudyPlan(
      null,
      form({
        roadmapId: roadmap.id,
        hoursPerWeek: '7',
        day1: 'on',
        day4: 'on',
        timeZone: 'Asia/Tokyo',
      }),
    );
    await testDatabase()
      .db.insert(reviewCards)
      .values({
        userId: mona.id,
        roadmapId: roadmap.id,
        topicId: topic.id,
        dueOn: '2026-01-02',
        lastReviewOn: '2026-01-01',
        lastAnsweredAt: new Date('2026-01-01T10:00:00Z'),
        stability: 2.3,
        difficulty: 2.1,
        scheduledDays: 1,
        learningSteps: 0,
        reps: 1,
        lapses: 0,
        state: 2,
      });
    const url = await feedUrlOf();
    expect(url).toMatch(/^http:\/\/localhost:3000\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const token = url.split('/').at(-1)!.slice(0, -4);
    const stored = await selectRows(sql`select token_hash from calendar_feeds`);
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(token);

    const response = await fetchFeed(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const body = await response.text();
    const events = new ICAL.Component(ICAL.parse(body))
      .getAllSubcomponents('vevent')
      .map((component) => new ICAL.Event(component));
    const blocks = events.filter((event) => event.uid.startsWith('study-'));
    expect(blocks.length).toBeGreaterThan(0);
    // Mondays and Thursdays only, in the learner's (Tokyo) calendar.
    const weekdays = blocks.map((block) =>
      new Date(`${block.startDate.toString()}T00:00:00Z`).getUTCDay(),
    );
    expect(new Set(weekdays)).toEqual(new Set([1, 4]));
    expect(events.some((event) => event.uid.startsWith(`finish-${roadmap.id}-`))).toBe(true);
    // The topic's review card, due in the past, is a review session today.
    const [review] = events.filter((event) => event.uid.startsWith('review-'));
    expect(review?.summary).toBe('Review: 1 topic (5 min)');
    expect(review?.description).toContain(`/roadmaps/${roadmap.id}/${topic.id}#check-yourself`);
    // Only the plan: no login, no name, nothing else of the account.
    expect(body).not.toContain('mona');
  });

  it('gives each learner’s events their own UIDs, stable across fetches and telling nothing', async () => {
    const uidsOf = async (url: string) => {
      const body = await (await fetchFeed(url)).text();
      return new ICAL.Component(ICAL.parse(body))
        .getAllSubcomponents('vevent')
        .map((component) => new ICAL.Event(component).uid);
    };
    // In mona's zone (saved by the first test, and a saved zone wins): in two zones the two
    // learners' weeks can differ by today's study day, as they did on a Monday after 15:00 UTC.
    const plan = form({
      roadmapId: roadmap.id,
      hoursPerWeek: '7',
      day1: 'on',
      timeZone: 'Asia/Tokyo',
    });
    harness.user = mona;
    await setStudyPlan(null, plan);
    const monaUrl = await feedUrlOf();
    harness.user = hubot;
    await setStudyPlan(null, plan);
    const hubotUrl = await feedUrlOf();

    const monaUids = await uidsOf(monaUrl);
    expect(monaUids.length).toBeGreaterThan(1);
    expect(await uidsOf(monaUrl)).toEqual(monaUids);
    const hubotUids = await uidsOf(hubotUrl);
    // Mona also has a review session (her card from the test above); hubot has none.
    expect(hubotUids).toHaveLength(monaUids.filter((uid) => !uid.startsWith('review-')).length);
    expect(hubotUids.filter((uid) => monaUids.includes(uid))).toEqual([]);
    const token = monaUrl.split('/').at(-1)!.slice(0, -4);
    for (const secret of [mona.id, token, hashFeedToken(token)]) {
      expect(monaUids.join('\n')).not.toContain(secret);
    }
  });

  it('answers 404 for a regenerated, turned off, unknown or malformed token', async () => {
    harness.user = mona;
    const old = await feedUrlOf();
    const current = await feedUrlOf();
    expect((await fetchFeed(old)).status).toBe(404);
    expect((await fetchFeed(current)).status).toBe(200);
    expect((await fetchFeed(`http://localhost:3000/calendar/${newFeedToken()}.ics`)).status).toBe(
      404,
    );
    expect((await fetchFeed('http://localhost:3000/calendar/not-a-token.ics')).status).toBe(404);
    await stopCalendarFeed(null, new FormData());
    const gone = await fetchFeed(current);
    expect(gone.status).toBe(404);
    expect(gone.headers.get('cache-control')).toBe('private, no-store');
  });

  it('leaves out topics done or skipped and step projects done', async () => {
    harness.user = mona;
    const [first, second] = roadmap.steps;
    const [done, skipped, ...rest] = first!.topics;
    await setTopicStatus(null, form({ roadmapId: roadmap.id, topicId: done!.id, status: 'done' }));
    await setTopicStatus(
      null,
      form({ roadmapId: roadmap.id, topicId: skipped!.id, status: 'skipped' }),
    );
    await setProjectStatus(
      null,
      form({ roadmapId: roadmap.id, projectId: first!.project.id, status: 'done', url: '' }),
    );
    // Every day a study day: this week always has one left, whatever the day (and zone) today.
    const everyDay = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((day) => [`day${day}`, 'on']));
    await setStudyPlan(
      null,
      form({ roadmapId: roadmap.id, hoursPerWeek: '60', ...everyDay, timeZone: 'UTC' }),
    );
    const body = await (await fetchFeed(await feedUrlOf())).text();
    // The plan's events only: a done topic's check can still be due for review (mona's card).
    const listed = new ICAL.Component(ICAL.parse(body))
      .getAllSubcomponents('vevent')
      .map((component) => new ICAL.Event(component))
      .filter((event) => !event.uid.startsWith('review-'))
      .map((event) => event.description ?? '')
      .join('\n');
    for (const item of [done!, skipped!, first!.project]) {
      expect(listed).not.toContain(`- ${item.title}:`);
    }
    // What is still to do is listed, the next step's project included.
    for (const item of [...rest, second!.project]) expect(listed).toContain(`- ${item.title}:`);
  });

  it('refuses a visitor who asks for a feed URL', async () => {
    harness.user = null;
    expect(await regenerateCalendarFeed(null, new FormData())).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });

  it('lists each coming week of a scheduled cohort the learner is in, with its steps', async () => {
    harness.user = hubot;
    const { db } = testDatabase();
    // Ten days ago in UTC is in the schedule's second week in any learner's time zone.
    const startsOn = addDays(new Date().toISOString().slice(0, 10), -10);
    const [running, archived] = await db
      .insert(cohorts)
      .values([
        {
          ownerId: mona.id,
          name: 'Feed group',
          roadmapId: roadmap.id,
          startsOn,
          minutesPerWeek: 120,
        },
        {
          ownerId: mona.id,
          name: 'Old group',
          roadmapId: roadmap.id,
          startsOn,
          minutesPerWeek: 120,
          archivedAt: new Date(),
        },
      ])
      .returning();
    await db.insert(cohortMembers).values(
      [running!, archived!].map((cohort) => ({
        cohortId: cohort.id,
        userId: hubot.id,
        role: 'member' as const,
      })),
    );
    const body = await (await fetchFeed(await feedUrlOf())).text();
    const weeks = new ICAL.Component(ICAL.parse(body))
      .getAllSubcomponents('vevent')
      .map((component) => new ICAL.Event(component))
      .filter((event) => event.uid.startsWith('cohort-'));
    const first = roadmap.steps[0]!;
    // From this week (the second) on; the first is over, and the archived cohort has none.
    expect(weeks[0]).toMatchObject({
      uid: expect.stringMatching(new RegExp(`^cohort-${running!.id}-week-2-`)),
      summary: 'Feed group, week 2: Step 1',
      startDate: expect.objectContaining({ isDate: true }),
    });
    expect(weeks[0]!.startDate.toString()).toBe(addDays(startsOn, 7));
    expect(weeks[0]!.description).toContain(`- Step 1: ${first.title}, due `);
    expect(weeks[0]!.description).toContain(`/roadmaps/${roadmap.id}#step-${first.id}`);
    expect(weeks.length).toBeGreaterThan(1);
    expect(weeks.every((event) => event.uid.startsWith(`cohort-${running!.id}-`))).toBe(true);
  });
});
