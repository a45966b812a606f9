import { fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';

import { dayIn, type Day } from '@/lib/calendar/days';

/**
 * The review schedule: each (learner, topic) is an FSRS card (ts-fsrs, the scheduler Anki ships).
 * FSRS works in days here, never minutes: a check is a review session, not a flash card.
 * - No fuzz, so replaying the same attempts (a migration, a visitor's browser) gives the same dates.
 * - No learning steps for a new card; a lapse relearns for one day, so a miss comes back tomorrow.
 * - Intervals stop growing at a year (365 days, 366 for Good, which FSRS keeps a day past Hard): a
 *   roadmap topic should come back at least once a year.
 */
const scheduler = fsrs({
  enable_fuzz: false,
  enable_short_term: true,
  learning_steps: [],
  relearning_steps: ['1d'],
  maximum_interval: 365,
});

/** A topic's FSRS card as the database and the browser keep it: days in the learner's zone. */
export type ReviewCard = {
  /** The learner's calendar day on which the check is next due. */
  dueOn: Day;
  /** The day of the last attempt that moved the schedule. */
  lastReviewOn: Day;
  /** The moment of the newest attempt folded in: older ones (a late merge) change nothing. */
  lastAnsweredAt: Date;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: State;
};

/** What grading says of an attempt, all a rating needs. */
export type CheckOutcome = { answeredAt: Date; correctCount: number; questionCount: number };

/**
 * An attempt's FSRS rating. Every question right is Good; one wrong or unanswered is Hard (known,
 * with a gap); two or more is Again (a lapse: due again tomorrow). Never Easy: a check cannot tell
 * an easy recall from a good one, and Easy's long jump would be a guess.
 */
export function ratingOf({ correctCount, questionCount }: CheckOutcome): Grade {
  const misses = Math.max(questionCount - correctCount, 0);
  if (misses === 0) return Rating.Good;
  return misses === 1 ? Rating.Hard : Rating.Again;
}

// FSRS counts whole days between moments; giving it the learner's days (as UTC midnights) makes
// its days the learner's, whatever the zone and its daylight-saving changes.
const dayStart = (day: Day) => new Date(`${day}T00:00:00Z`);
const dayOf = (moment: Date): Day => moment.toISOString().slice(0, 10);

const toFsrs = (card: ReviewCard): Card => ({
  due: dayStart(card.dueOn),
  last_review: dayStart(card.lastReviewOn),
  stability: card.stability,
  difficulty: card.difficulty,
  elapsed_days: 0,
  scheduled_days: card.scheduledDays,
  learning_steps: card.learningSteps,
  reps: card.reps,
  lapses: card.lapses,
  state: card.state,
});

const newCard = (day: Day): Card => ({
  due: dayStart(day),
  stability: 0,
  difficulty: 0,
  elapsed_days: 0,
  scheduled_days: 0,
  learning_steps: 0,
  reps: 0,
  lapses: 0,
  state: State.New,
});

/** One attempt applied to a card (undefined: the check was never taken). */
function review(card: ReviewCard | undefined, outcome: CheckOutcome, timeZone: string) {
  // Never a day before the last review: a learner whose zone moved west can be a day behind it,
  // and FSRS refuses time running backwards.
  const localDay = dayIn(outcome.answeredAt, timeZone);
  const day = card && localDay < card.lastReviewOn ? card.lastReviewOn : localDay;
  const rating = ratingOf(outcome);
  // A retake on the day of the last review is practice: only a miss counts, so repeating a
  // passed check cannot push its review out, and failing it still brings it back tomorrow.
  if (card && day === card.lastReviewOn && rating !== Rating.Again)
    return { ...card, lastAnsweredAt: outcome.answeredAt };
  const next = scheduler.next(card ? toFsrs(card) : newCard(day), dayStart(day), rating).card;
  return {
    dueOn: dayOf(next.due),
    lastReviewOn: day,
    lastAnsweredAt: outcome.answeredAt,
    stability: next.stability,
    difficulty: next.difficulty,
    scheduledDays: next.scheduled_days,
    learningSteps: next.learning_steps,
    reps: next.reps,
    lapses: next.lapses,
    state: next.state,
  };
}

/**
 * A topic's card after `outcomes` (in any order), days counted in the learner's time zone. Only
 * attempts newer than the card's last one are folded in, oldest first: a submission adds one, a
 * migration or a visitor's browser replays them all from no card, and a merge of attempts older
 * than the card leaves it as it is. Undefined when there is no card and no attempt.
 */
export function reviewCard(
  card: ReviewCard | undefined,
  outcomes: readonly CheckOutcome[],
  timeZone: string,
): ReviewCard | undefined {
  const since = card?.lastAnsweredAt.getTime() ?? -Infinity;
  return outcomes
    .filter((outcome) => outcome.answeredAt.getTime() > since)
    .sort((a, b) => a.answeredAt.getTime() - b.answeredAt.getTime())
    .reduce<ReviewCard | undefined>((current, outcome) => review(current, outcome, timeZone), card);
}

export const isDue = (card: Pick<ReviewCard, 'dueOn'> | undefined, today: Day) =>
  card !== undefined && card.dueOn <= today;
