import 'server-only';

import { cache } from 'react';

import { answerKey, questionCounts } from './answer-key';
import { attemptsOf, type Attempt } from './attempts';
import { getReviewCards } from './cards';
import { drawQuestions, drawSeed } from './draw';
import { getAttemptRows, getLastSeen } from './queries';

/** A learner's attempts (all, one roadmap's or one topic's), newest first, against today's checks. */
export async function getAttempts(
  userId: string,
  scope: { roadmapId?: string; topicId?: string } = {},
): Promise<Attempt[]> {
  return attemptsOf(await getAttemptRows(userId, scope), questionCounts());
}

/**
 * The questions a signed-in learner's next attempt at a topic asks (lib/checks/draw.ts): never
 * answered first, then least recently answered. Empty for a topic without a check.
 */
export async function getDraw(userId: string, roadmapId: string, topicId: string) {
  const bank = answerKey(roadmapId, topicId)?.questions.map((question) => question.id) ?? [];
  const lastSeen = await getLastSeen(userId, roadmapId, topicId, bank);
  return drawQuestions(bank, lastSeen, drawSeed(roadmapId, topicId, userId));
}

/**
 * Every attempt of a learner, read once per request however many parts of a page need them (the
 * dashboard's reviews, its Today card and its streak).
 */
export const getAllAttempts = cache((userId: string) => getAttempts(userId));

/** Every review card of a learner, read once per request (the dashboard's reviews and Today card). */
export const getAllReviewCards = cache((userId: string) => getReviewCards(userId));
