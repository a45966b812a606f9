import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';

import { addDays } from '@/lib/calendar/days';

import { isDue, ratingOf, reviewCard, type CheckOutcome, type ReviewCard } from './schedule';

/** An attempt at a 4-question check with `misses` questions wrong or left blank. */
const at = (iso: string, misses = 0): CheckOutcome => ({
  answeredAt: new Date(iso),
  correctCount: 4 - misses,
  questionCount: 4,
});
const replay = (outcomes: CheckOutcome[], timeZone = 'UTC') =>
  reviewCard(undefined, outcomes, timeZone);
/** The number of days between a card's last review and its due day. */
const interval = (card: ReviewCard | undefined) =>
  card && (Date.parse(card.dueOn) - Date.parse(card.lastReviewOn)) / 86_400_000;

describe('ratingOf', () => {
  it('is Good with every question right, Hard with one miss, Again with more; never Easy', () => {
    expect([0, 1, 2, 4].map((misses) => ratingOf(at('2026-01-01T10:00:00Z', misses)))).toEqual([
      Rating.Good,
      Rating.Hard,
      Rating.Again,
      Rating.Again,
    ]);
    // A 5-question check with one blank is still one miss.
    expect(ratingOf({ answeredAt: new Date(), correctCount: 4, questionCount: 5 })).toBe(
      Rating.Hard,
    );
  });
});

describe('reviewCard', () => {
  it('is undefined for a check never taken, and reads attempts in any order', () => {
    expect(replay([])).toBeUndefined();
    const two = [at('2026-01-04T10:00:00Z'), at('2026-01-01T10:00:00Z')];
    expect(replay(two)).toEqual(replay([...two].reverse()));
    expect(replay(two)?.reps).toBe(2);
  });

  it('spaces successive passes further and further apart, up to a year', () => {
    const intervals: number[] = [];
    let card: ReviewCard | undefined;
    let day = '2026-01-01';
    for (let pass = 0; pass < 8; pass++) {
      card = reviewCard(card, [at(`${day}T10:00:00Z`)], 'UTC');
      intervals.push(interval(card)!);
      day = card!.dueOn;
    }
    for (let i = 1; i < intervals.length; i++)
      expect(intervals[i]).toBeGreaterThanOrEqual(intervals[i - 1]!);
    expect(intervals[0]).toBeLessThanOrEqual(3);
    expect(intervals[3]).toBeGreaterThan(30);
    // The cap: a year (FSRS keeps Good a day past Hard, which the cap holds at 365).
    expect(intervals.slice(-2)).toEqual([366, 366]);
  });

  it('brings a topic back the next day after a miss, however well it was known', () => {
    let card: ReviewCard | undefined;
    let day = '2026-01-01';
    for (let pass = 0; pass < 4; pass++) {
      card = reviewCard(card, [at(`${day}T10:00:00Z`)], 'UTC');
      day = card!.dueOn;
    }
    expect(interval(card)).toBeGreaterThan(30);
    const missed = reviewCard(card, [at(`${day}T10:00:00Z`, 2)], 'UTC')!;
    expect(missed).toMatchObject({ dueOn: addDays(day, 1), lapses: 1 });
    expect(missed.stability).toBeLessThan(card!.stability);
    // Passing the next day graduates it again, sooner than before the miss.
    const relearnt = reviewCard(missed, [at(`${addDays(day, 1)}T10:00:00Z`)], 'UTC')!;
    expect(interval(relearnt)).toBeLessThan(interval(card)!);
  });

  it('spaces a pass with one miss (Hard) less than a full pass (Good)', () => {
    const first = replay([at('2026-01-01T10:00:00Z')]);
    const good = reviewCard(first, [at(`${first!.dueOn}T10:00:00Z`)], 'UTC');
    const hard = reviewCard(first, [at(`${first!.dueOn}T10:00:00Z`, 1)], 'UTC');
    expect(interval(hard)).toBeLessThan(interval(good)!);
    expect(interval(hard)).toBeGreaterThan(0);
  });

  it('counts a same-day retake only when it misses', () => {
    const passed = replay([at('2026-01-01T10:00:00Z')])!;
    const retaken = replay([at('2026-01-01T10:00:00Z'), at('2026-01-01T10:05:00Z')]);
    expect(retaken).toEqual({ ...passed, lastAnsweredAt: new Date('2026-01-01T10:05:00Z') });
    const failedLater = replay([at('2026-01-01T10:00:00Z'), at('2026-01-01T18:00:00Z', 3)]);
    expect(failedLater?.dueOn).toBe('2026-01-02');
  });

  it('folds in only attempts newer than the card', () => {
    const card = replay([at('2026-01-01T10:00:00Z'), at('2026-01-04T10:00:00Z')])!;
    // A visitor's older attempt merged late leaves the schedule as it is.
    expect(reviewCard(card, [at('2026-01-02T10:00:00Z', 4)], 'UTC')).toBe(card);
    // One stored card plus the newest attempt equals a replay of all of them.
    const next = at(`${card.dueOn}T09:00:00Z`, 1);
    expect(reviewCard(card, [next], 'UTC')).toEqual(
      replay([at('2026-01-01T10:00:00Z'), at('2026-01-04T10:00:00Z'), next]),
    );
  });

  describe('counts days in the learner’s time zone', () => {
    // 11:30 UTC on 1 January: 00:30 on 2 January in Auckland (UTC+13), 03:30 on 1 January in
    // Los Angeles (UTC−8).
    const moment = '2026-01-01T11:30:00Z';
    it.each([
      ['Pacific/Auckland', '2026-01-02'],
      ['UTC', '2026-01-01'],
      ['America/Los_Angeles', '2026-01-01'],
    ])('in %s the review day is %s and the due day counts from it', (zone, day) => {
      const card = replay([at(moment)], zone)!;
      expect(card.lastReviewOn).toBe(day);
      expect(card.dueOn).toBe(addDays(day, card.scheduledDays));
      expect(isDue(card, addDays(card.dueOn, -1))).toBe(false);
      expect(isDue(card, card.dueOn)).toBe(true);
    });

    it('sees two attempts hours apart as one day or two, as the learner’s calendar does', () => {
      // 09:00 and 12:00 UTC: one day in UTC and Los Angeles, two in Auckland (22:00, 01:00).
      const pass = at('2026-01-01T09:00:00Z');
      const miss = at('2026-01-01T12:00:00Z', 1); // Hard: counted only on a new day
      expect(replay([pass, miss], 'UTC')?.reps).toBe(1);
      expect(replay([pass, miss], 'America/Los_Angeles')?.reps).toBe(1);
      expect(replay([pass, miss], 'Pacific/Auckland')?.reps).toBe(2);
    });

    it('counts an attempt on a calendar day before the last review (the zone moved west) as that day', () => {
      // Reviewed on 2 January in Auckland; an hour later it is still 1 January in Los Angeles.
      const card = replay([at('2026-01-01T12:00:00Z')], 'Pacific/Auckland')!;
      expect(card.lastReviewOn).toBe('2026-01-02');
      const missed = reviewCard(card, [at('2026-01-01T13:00:00Z', 4)], 'America/Los_Angeles')!;
      expect(missed).toMatchObject({ lastReviewOn: '2026-01-02', dueOn: '2026-01-03', lapses: 1 });
      const passed = reviewCard(card, [at('2026-01-01T13:00:00Z')], 'America/Los_Angeles');
      expect(passed).toEqual({ ...card, lastAnsweredAt: new Date('2026-01-01T13:00:00Z') });
    });

    it('keeps whole days across a daylight-saving change', () => {
      // Los Angeles springs forward on 8 March 2026: a day of 23 hours.
      const card = replay(
        [at('2026-03-07T20:00:00Z'), at('2026-03-09T06:30:00Z')],
        'America/Los_Angeles',
      )!;
      expect(card.lastReviewOn).toBe('2026-03-08');
      expect(card.dueOn).toBe(addDays('2026-03-08', card.scheduledDays));
    });
  });

  it('is due on and after its day, not before', () => {
    expect([
      isDue({ dueOn: '2026-01-05' }, '2026-01-04'),
      isDue({ dueOn: '2026-01-05' }, '2026-01-05'),
      isDue({ dueOn: '2026-01-05' }, '2026-02-01'),
      isDue(undefined, '2026-01-05'),
    ]).toEqual([false, true, true, false]);
  });
});
