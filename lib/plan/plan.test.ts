import { randomUUID } from 'node:crypto';

import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';

import { studyPlanVersions, timeLog, users } from '@/db/schema';
import { getRoadmaps } from '@/lib/content';
import { describeEachDriver, harness, testDatabase, useLearners } from '@/testing/integration';
import { form } from '@/testing/requests';
import { countRows, selectRows } from '@/testing/rows';

import { logStudyTime, mergeBrowserPlans, setStudyPlan } from './actions';
import { addDays, dayIn } from './calendar';
import { getMinutesByDay, getPlanState } from './queries';

const roadmap = getRoadmaps()[0]!;
const [topicA, topicB] = roadmap.steps.flatMap((step) => step.topics);
const today = () => dayIn(new Date(), 'UTC');

const planForm = (fields: Record<string, string> = {}) =>
  form({ roadmapId: roadmap.id, hoursPerWeek: '10', day1: 'on', day3: 'on', ...fields });
const timeForm = (minutes: string, topicId = topicA!.id) =>
  form({ roadmapId: roadmap.id, topicId, minutes });

describeEachDriver('study plans', () => {
  const { mona, hubot } = useLearners('mona', 'hubot');

  it('saves a pace for the session user only, and answers with the plan', async () => {
    harness.user = mona;
    const saved = await setStudyPlan(
      null,
      planForm({ targetDate: addDays(today(), 90), userId: hubot.id, timeZone: 'UTC' }),
    );
    expect(saved).toMatchObject({
      ok: true,
      data: {
        roadmapId: roadmap.id,
        versions: [{ startsOn: today(), hoursPerWeek: 10, studyDays: [1, 3] }],
        targetDate: addDays(today(), 90),
      },
    });
    expect((await getPlanState(hubot.id, roadmap.id, today())).versions).toEqual([]);
  });

  it('replaces the same day’s version and keeps earlier days as the plan’s history', async () => {
    harness.user = mona;
    await testDatabase()
      .db.insert(studyPlanVersions)
      .values({
        userId: mona.id,
        roadmapId: roadmap.id,
        startsOn: addDays(today(), -14),
        minutesPerWeek: 300,
        studyDays: 0b1111111,
        createdAt: new Date(Date.now() - 14 * 86_400_000),
      });
    const saved = await setStudyPlan(null, planForm({ hoursPerWeek: '2.5', day1: '', day7: 'on' }));
    expect(saved.ok).toBe(true);
    const state = await getPlanState(mona.id, roadmap.id, today());
    expect(state.versions).toEqual([
      { startsOn: addDays(today(), -14), hoursPerWeek: 5, studyDays: [1, 2, 3, 4, 5, 6, 7] },
      { startsOn: today(), hoursPerWeek: 2.5, studyDays: [3, 7] },
    ]);
    expect(state.targetDate).toBeNull();
    expect(new Date(state.startedAt!).getTime()).toBeLessThan(Date.now() - 13 * 86_400_000);
  });

  it.each([
    ['0', 'hoursPerWeek'],
    ['-3', 'hoursPerWeek'],
    ['60.5', 'hoursPerWeek'],
    ['ten', 'hoursPerWeek'],
    ['', 'hoursPerWeek'],
  ])('refuses hours per week of %j, naming the field, saving nothing', async (hours, field) => {
    harness.user = hubot;
    const before = await countRows('study_plan_versions');
    const result = await setStudyPlan(null, planForm({ hoursPerWeek: hours }));
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        fields: { [field]: 'Hours per week must be a number from 0.5 to 60.' },
        submitted: { hoursPerWeek: hours },
      },
    });
    expect(await countRows('study_plan_versions')).toBe(before);
  });

  it('refuses a target date in the past, past five years or malformed, no study day, an unknown roadmap', async () => {
    harness.user = hubot;
    const before = await countRows('study_plan_versions');
    const refusals = [
      [{ targetDate: addDays(today(), -1) }, 'targetDate', 'Target date cannot be in the past.'],
      [
        { targetDate: addDays(today(), 5 * 366) },
        'targetDate',
        'Target date must be at most 5 years ahead.',
      ],
      [
        { targetDate: '2027-02-30' },
        'targetDate',
        'Target date must be a date (YYYY-MM-DD) or left empty.',
      ],
      [{ day1: '', day3: '' }, 'studyDays', 'Study days: choose at least one day of the week.'],
      [{ roadmapId: 'no-such-roadmap' }, 'roadmapId', 'This roadmap does not exist.'],
    ] as const;
    for (const [fields, field, message] of refusals) {
      const result = await setStudyPlan(null, planForm(fields));
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', fields: { [field]: message } },
      });
    }
    expect(await countRows('study_plan_versions')).toBe(before);
    // A target today, or exactly five years ahead, is fine.
    expect((await setStudyPlan(null, planForm({ targetDate: today() }))).ok).toBe(true);
  });

  it('refuses a visitor', async () => {
    harness.user = null;
    expect(await setStudyPlan(null, planForm())).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(await logStudyTime(null, timeForm('15'))).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });

  it('logs time on a topic for today, summed per day, counted since the plan began', async () => {
    harness.user = mona;
    await testDatabase()
      .db.insert(timeLog)
      .values([
        {
          userId: mona.id,
          roadmapId: roadmap.id,
          topicId: topicA!.id,
          day: addDays(today(), -30),
          minutes: 60,
        },
      ]);
    await logStudyTime(null, timeForm('15'));
    const logged = await logStudyTime(null, timeForm('45'));
    expect(logged).toMatchObject({
      ok: true,
      data: { logged: { [topicA!.id]: { total: 2, sincePlan: 1 } } },
    });
    await logStudyTime(null, timeForm('30', topicB!.id));
    expect(await getMinutesByDay(mona.id, addDays(today(), -7))).toEqual([
      { day: today(), minutes: 90 },
    ]);
    // Another learner's time is theirs alone.
    expect((await getPlanState(hubot.id, roadmap.id, today())).logged).toEqual({});
  });

  it('refuses time over 12 hours at once, zero, negative or fractional minutes, and past a full day', async () => {
    harness.user = hubot;
    const before = await countRows('time_log');
    const message = 'Minutes must be a whole number from 1 to 720 (12 hours at once).';
    for (const minutes of ['721', '0', '-15', '7.5', 'soon', '']) {
      expect(await logStudyTime(null, timeForm(minutes))).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', fields: { minutes: message } },
      });
    }
    expect(
      await logStudyTime(null, form({ roadmapId: roadmap.id, topicId: 'nope', minutes: '15' })),
    ).toMatchObject({
      ok: false,
      error: { fields: { topicId: 'This topic does not exist (any more).' } },
    });
    expect(await countRows('time_log')).toBe(before);
    expect((await logStudyTime(null, timeForm('720'))).ok).toBe(true);
    expect((await logStudyTime(null, timeForm('720'))).ok).toBe(true);
    expect(await logStudyTime(null, timeForm('1'))).toMatchObject({
      ok: false,
      error: { fields: { minutes: expect.stringMatching(/24 hours/) } },
    });
    expect((await getPlanState(hubot.id, roadmap.id, today())).logged[topicA!.id]!.total).toBe(24);
  });

  it('records the browser’s time zone, as status changes do', async () => {
    harness.user = hubot;
    await logStudyTime(
      null,
      form({ roadmapId: roadmap.id, topicId: topicB!.id, minutes: '5', timeZone: 'Asia/Tokyo' }),
    );
    const [row] = await selectRows(sql`select time_zone from users where id = ${hubot.id}`);
    expect(row!.time_zone).toBe('Asia/Tokyo');
  });

  it('counts the day in the saved zone, not the one a request sends, so a request cannot pick yesterday', async () => {
    // UTC+14 and UTC-12 are 26 hours apart: their dates differ at every moment.
    const traveller = { id: randomUUID(), login: 'traveller' };
    await testDatabase()
      .db.insert(users)
      .values({ ...traveller, timeZone: 'Pacific/Kiritimati' });
    harness.user = traveller;
    const sent = { roadmapId: roadmap.id, timeZone: 'Etc/GMT+12' };
    await logStudyTime(null, form({ ...sent, topicId: topicA!.id, minutes: '5' }));
    await setStudyPlan(null, form({ ...sent, hoursPerWeek: '3', day2: 'on' }));
    const savedDay = dayIn(new Date(), 'Pacific/Kiritimati');
    expect(await selectRows(sql`select day from time_log where user_id = ${traveller.id}`)).toEqual(
      [{ day: savedDay }],
    );
    expect(
      await selectRows(
        sql`select starts_on from study_plan_versions where user_id = ${traveller.id}`,
      ),
    ).toEqual([{ starts_on: savedDay }]);
  });
});

describeEachDriver('merging browser paces', () => {
  const learner = { id: randomUUID(), login: 'visitor-then-learner' };
  const [first, second] = getRoadmaps();

  beforeAll(async () => {
    await testDatabase().db.insert(users).values(learner);
  }, 60_000);

  const browserPace = (roadmapId: string, updatedAt: Date, extra: object = {}) => ({
    roadmapId,
    startsOn: today(),
    hoursPerWeek: 4,
    studyDays: [2, 4],
    targetDate: null,
    updatedAt: updatedAt.toISOString(),
    ...extra,
  });

  it('adds paces newer than the account’s, ignores garbled ones, and keeps newer account plans', async () => {
    harness.user = learner;
    // The account changed the second roadmap's plan after the browser did.
    const browserTime = new Date(Date.now() - 60_000);
    await setStudyPlan(null, form({ roadmapId: second!.id, hoursPerWeek: '9', day1: 'on' }));
    const result = await mergeBrowserPlans({
      paces: [
        browserPace(first!.id, browserTime, { targetDate: addDays(today(), -3) }),
        browserPace(second!.id, browserTime),
        browserPace('no-such-roadmap', browserTime),
        { roadmapId: first!.id, hoursPerWeek: 'lots' },
        browserPace(first!.id, browserTime, { hoursPerWeek: 90 }),
      ],
      timeZone: 'UTC',
    });
    expect(result).toEqual({ ok: true, data: { merged: 1, ignored: 3 } });
    expect((await getPlanState(learner.id, first!.id, today())).versions).toEqual([
      { startsOn: today(), hoursPerWeek: 4, studyDays: [2, 4] },
    ]);
    // A target that has passed since the visitor set it is dropped, not refused.
    expect((await getPlanState(learner.id, first!.id, today())).targetDate).toBeNull();
    expect((await getPlanState(learner.id, second!.id, today())).versions).toEqual([
      { startsOn: today(), hoursPerWeek: 9, studyDays: [1] },
    ]);
  });

  it('refuses a malformed request whole and a visitor', async () => {
    harness.user = learner;
    expect(
      await mergeBrowserPlans({ paces: Array.from({ length: 21 }, () => ({})) }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await mergeBrowserPlans('nonsense')).toMatchObject({ ok: false });
    harness.user = null;
    expect(await mergeBrowserPlans({ paces: [] })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });
});
