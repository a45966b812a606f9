'use server';

import { formAction, InvalidInputError, userAction } from '@/lib/action';
import { siteUrl } from '@/lib/env';
import { spendRowWrites } from '@/lib/rate-limit/check';

import { pacesToMerge } from './browser-plan';
import type { Day } from './calendar';
import { feedPath } from './feed-path';
import { hashFeedToken, newFeedToken } from './feed-token';
import { feedInput, logTimeInput, mergePacesInput, setPlanInput, targetProblem } from './input';
import { MAX_MINUTES_PER_DAY } from './limits';
import {
  addLoggedTime,
  deleteFeedToken,
  getPlanState,
  latestPlanChanges,
  learnerToday,
  replaceFeedToken,
  savePlanVersion,
} from './queries';
import type { PlanState } from './state';

/** A target date must lie between the learner's today and five years from it. */
function checkTarget(target: Day | null, today: Day) {
  const problem = targetProblem(target, today);
  if (problem) throw new InvalidInputError(problem, { targetDate: problem });
}

/**
 * Sets the signed-in learner's pace for a roadmap (hours a week, study days, an optional target),
 * as a new version of their plan from today; answers with the plan as it now stands.
 */
export const setStudyPlan = formAction(
  'setStudyPlan',
  setPlanInput,
  async (input, user): Promise<PlanState> => {
    const today = await learnerToday(user.id, input.timeZone);
    checkTarget(input.targetDate, today);
    await savePlanVersion(user.id, input, today, input.timeZone);
    return getPlanState(user.id, input.roadmapId, today);
  },
);

/** Adds time the learner studied a topic to today (their day); answers with the plan's state. */
export const logStudyTime = formAction(
  'logStudyTime',
  logTimeInput,
  async (input, user): Promise<PlanState> => {
    const today = await learnerToday(user.id, input.timeZone);
    const { roadmapId, topicId, minutes } = input;
    const total = await addLoggedTime(
      user.id,
      { roadmapId, topicId, minutes },
      today,
      input.timeZone,
    );
    if (total === null) {
      const message = `Minutes: a day holds ${MAX_MINUTES_PER_DAY / 60} hours, and this would log more than that on this topic today.`;
      throw new InvalidInputError(message, { minutes: message });
    }
    return getPlanState(user.id, roadmapId, today);
  },
);

export type FeedLink = { url: string } | null;

/**
 * Makes a new private calendar feed URL for the signed-in learner, revoking the old one. The URL
 * is shown once, in this answer: only its token's hash is kept.
 */
export const regenerateCalendarFeed = formAction(
  'regenerateCalendarFeed',
  feedInput,
  async (_input, user): Promise<FeedLink> => {
    const token = newFeedToken();
    await replaceFeedToken(user.id, hashFeedToken(token));
    return { url: new URL(feedPath(token), siteUrl).href };
  },
);

/** Turns the learner's calendar feed off: its URL answers 404 from now on. */
export const stopCalendarFeed = formAction(
  'stopCalendarFeed',
  feedInput,
  async (_input, user): Promise<FeedLink> => {
    await deleteFeedToken(user.id);
    return null;
  },
);

/**
 * Merges the paces this browser kept before sign-in into the account: a pace set after the
 * account's latest change of that roadmap's plan wins and becomes today's version. A target date
 * that has passed meanwhile is dropped rather than refusing the pace. Every pace merged counts
 * against the write budget.
 */
export const mergeBrowserPlans = userAction(
  'mergeBrowserPlans',
  mergePacesInput,
  async ({ paces, ignored, timeZone: sent }, user) => {
    const today = await learnerToday(user.id, sent);
    const winners = pacesToMerge(paces, await latestPlanChanges(user.id));
    for (const pace of winners) {
      const targetDate = targetProblem(pace.targetDate, today) ? null : pace.targetDate;
      await savePlanVersion(user.id, { ...pace, targetDate }, today, sent);
    }
    await spendRowWrites(user.id, winners.length);
    return { merged: winners.length, ignored };
  },
);
