import 'server-only';

import { cache } from 'react';

import { questionCounts } from './answer-key';
import { attemptsOf, type Attempt } from './attempts';
import { getAttemptRows } from './queries';

/** A learner's attempts (all, one roadmap's or one topic's), newest first, against today's checks. */
export async function getAttempts(
  userId: string,
  scope: { roadmapId?: string; topicId?: string } = {},
): Promise<Attempt[]> {
  return attemptsOf(await getAttemptRows(userId, scope), questionCounts());
}

/**
 * Every attempt of a learner, read once per request however many parts of a page need them (the
 * dashboard's reviews, its Today card and its streak).
 */
export const getAllAttempts = cache((userId: string) => getAttempts(userId));
