import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';

import { dayIn } from './calendar';
import { buildCalendarFeed, type FeedPlan } from './feed';
import { planItems, type PlanRoadmap } from './items';
import { summarisePlan } from './summary';

const roadmap: PlanRoadmap = {
  id: 'backend',
  steps: [
    {
      id: 'basics',
      topics: [
        { id: 'http', title: 'HTTP', hours: 4 },
        { id: 'dns', title: 'DNS', hours: 2 },
        { id: 'tls', title: 'TLS', hours: 6 },
      ],
    },
  ],
};
const siteUrl = new URL('https://waymark.example');

function feedFor(now: Date, timeZone: string, targetDate: string | null = null, eventKey = 'k1') {
  const today = dayIn(now, timeZone);
  const items = planItems(roadmap, {
    topics: new Map(),
    projects: new Map(),
    logged: new Map(),
    planStartedAt: now,
  });
  const versions = [{ startsOn: today, hoursPerWeek: 6, studyDays: [1, 3, 5] as const }];
  const plan: FeedPlan = {
    roadmap: { id: 'backend', title: 'Backend developer' },
    items,
    summary: summarisePlan(items, versions, targetDate, today),
  };
  return {
    ics: buildCalendarFeed({ plans: [plan], today, timeZone, siteUrl, now, eventKey }),
    plan,
  };
}

/** Read back with ical.js, a parser written independently of the generator. */
function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      allDay: event.startDate.isDate,
    };
  });
}

describe('the calendar feed', () => {
  it('has a study block on each chosen day from the learner’s today, in their time zone', () => {
    // 20:00 UTC on Monday 30 November is already Tuesday 05:00 in Tokyo: Monday is past there.
    const { ics } = feedFor(new Date('2026-11-30T20:00:00Z'), 'Asia/Tokyo');
    const blocks = events(ics).filter((event) => event.uid.startsWith('study-'));
    // 12 h at 6 h a week over Mon/Wed/Fri: 2 h blocks on Wed 2, Fri 4, Mon 7, Wed 9, Fri 11, Mon 14.
    expect(blocks.map((block) => block.start)).toEqual([
      '2026-12-02',
      '2026-12-04',
      '2026-12-07',
      '2026-12-09',
      '2026-12-11',
      '2026-12-14',
    ]);
    expect(blocks.every((block) => block.allDay)).toBe(true);
    expect(blocks[0]!.summary).toBe('Study: Backend developer (2 h)');
  });

  it('starts on the learner’s own day where it is still yesterday in UTC terms', () => {
    // 03:00 UTC on Tuesday 1 December is 22:00 on Monday 30 November in New York.
    const { ics } = feedFor(new Date('2026-12-01T03:00:00Z'), 'America/New_York');
    const first = events(ics).find((event) => event.uid.startsWith('study-'));
    expect(first!.start).toBe('2026-11-30');
  });

  it('lists that week’s topics with links in each block', () => {
    const { ics } = feedFor(new Date('2026-11-30T20:00:00Z'), 'Asia/Tokyo');
    const blocks = events(ics).filter((event) => event.uid.startsWith('study-'));
    // This week: HTTP (0–4) and DNS (4–6); next week: TLS (6–12).
    expect(blocks[0]!.description).toContain(
      '- HTTP: https://waymark.example/roadmaps/backend/http',
    );
    expect(blocks[0]!.description).toContain('- DNS: https://waymark.example/roadmaps/backend/dns');
    expect(blocks[0]!.description).not.toContain('TLS');
    expect(blocks[2]!.description).toContain('- TLS: https://waymark.example/roadmaps/backend/tls');
    expect(blocks[2]!.description).toContain('week of 7 Dec 2026');
  });

  it('has an event on the projected finish date and on the target date', () => {
    const { ics, plan } = feedFor(new Date('2026-11-30T20:00:00Z'), 'Asia/Tokyo', '2027-01-15');
    const all = events(ics);
    expect(plan.summary.finish).toBe('2026-12-14');
    expect(all.find((event) => event.uid === 'finish-backend-k1@waymark')).toMatchObject({
      start: '2026-12-14',
      allDay: true,
      summary: 'Projected finish: Backend developer',
    });
    expect(all.find((event) => event.uid === 'target-backend-k1@waymark')).toMatchObject({
      start: '2027-01-15',
      summary: 'Target: Backend developer',
    });
  });

  it('gives each feed its own UIDs, the same on every fetch', () => {
    const uids = (now: string, eventKey: string) =>
      events(feedFor(new Date(now), 'UTC', '2027-01-15', eventKey).ics).map((event) => event.uid);
    const first = uids('2026-11-30T08:00:00Z', 'k1');
    expect(first).toContain('study-backend-2026-12-02-k1@waymark');
    expect(new Set(first).size).toBe(first.length);
    // Fetched again hours later: the same events keep their UIDs, so calendars update them.
    expect(uids('2026-11-30T14:00:00Z', 'k1')).toEqual(first);
    // Another learner with the very same plan: not one UID in common.
    const other = uids('2026-11-30T08:00:00Z', 'k2');
    expect(other).toHaveLength(first.length);
    expect(other.filter((uid) => first.includes(uid))).toEqual([]);
  });

  it('crosses a daylight-saving change and a year boundary on the same local days', () => {
    // Berlin leaves summer time on 25 October 2026; the blocks stay on Mondays, Wednesdays, Fridays.
    const { ics } = feedFor(new Date('2026-10-22T22:30:00Z'), 'Europe/Berlin');
    const starts = events(ics)
      .filter((event) => event.uid.startsWith('study-'))
      .map((event) => event.start);
    expect(starts).toEqual([
      '2026-10-23',
      '2026-10-26',
      '2026-10-28',
      '2026-10-30',
      '2026-11-02',
      '2026-11-04',
    ]);
    const yearEnd = feedFor(new Date('2026-12-29T12:00:00Z'), 'UTC');
    expect(
      events(yearEnd.ics)
        .filter((event) => event.uid.startsWith('study-'))
        .map((event) => event.start),
    ).toEqual(['2026-12-30', '2027-01-01', '2027-01-04', '2027-01-06', '2027-01-08', '2027-01-11']);
  });

  it('holds nothing without a plan', () => {
    const ics = buildCalendarFeed({
      plans: [],
      today: '2026-12-01',
      timeZone: 'UTC',
      siteUrl,
      now: new Date(),
      eventKey: 'k1',
    });
    expect(events(ics)).toEqual([]);
    expect(ics).toContain('X-WR-CALNAME:Waymark study plan');
  });

  it('lists a review session on each day knowledge checks are due, with the time they take', () => {
    const now = new Date('2026-11-30T10:00:00Z');
    const { plan } = feedFor(now, 'UTC');
    const ics = buildCalendarFeed({
      plans: [plan],
      reviews: [
        {
          day: '2026-12-02',
          minutes: 10,
          topics: [
            { title: 'HTTP', href: '/roadmaps/backend/http#check-yourself' },
            { title: 'DNS', href: '/roadmaps/backend/dns#check-yourself' },
          ],
        },
      ],
      today: '2026-11-30',
      timeZone: 'UTC',
      siteUrl,
      now,
      eventKey: 'k1',
    });
    const reviews = events(ics).filter((event) => event.uid.startsWith('review-'));
    expect(reviews).toEqual([
      {
        uid: 'review-2026-12-02-k1@waymark',
        summary: 'Review: 2 topics (10 min)',
        description:
          'Knowledge checks due for review:\n- HTTP: https://waymark.example/roadmaps/backend/http#check-yourself\n- DNS: https://waymark.example/roadmaps/backend/dns#check-yourself',
        start: '2026-12-02',
        allDay: true,
      },
    ]);
  });

  it('lists each week of a cohort’s schedule on its first day, with its steps and due days', () => {
    const now = new Date('2026-11-30T10:00:00Z');
    const ics = buildCalendarFeed({
      plans: [],
      cohortWeeks: [
        {
          cohortId: 'c1',
          cohortName: 'Evening group',
          number: 3,
          day: '2026-12-02',
          steps: [
            { number: 2, title: 'DNS', dueOn: '2026-12-08', href: '/roadmaps/backend#step-dns' },
            { number: 3, title: 'TLS', dueOn: '2026-12-15', href: '/roadmaps/backend#step-tls' },
          ],
        },
      ],
      today: '2026-11-30',
      timeZone: 'UTC',
      siteUrl,
      now,
      eventKey: 'k1',
    });
    expect(events(ics)).toEqual([
      {
        uid: 'cohort-c1-week-3-k1@waymark',
        summary: 'Evening group, week 3: Step 2, Step 3',
        description:
          'This week in Evening group:\n- Step 2: DNS, due 8 Dec 2026: https://waymark.example/roadmaps/backend#step-dns\n- Step 3: TLS, due 15 Dec 2026: https://waymark.example/roadmaps/backend#step-tls',
        start: '2026-12-02',
        allDay: true,
      },
    ]);
  });
});
