'use client';

import { changeTopicStatus } from '@/lib/progress/actions';
import type { TopicStatus } from '@/lib/progress/status';

import { runFormAction } from '../forms/actionOutcome';
import {
  browserTimeZone,
  changesStayInBrowser,
  recordAccountStatus,
  recordBrowserStatus,
  whenLearnerLoaded,
} from './learnerStore';

const sessionEnded =
  'Your session has ended. Your choice is kept in this browser; sign in again to save it to your account.';

/**
 * Saves one status change made with JavaScript, wherever it belongs: in this browser for a
 * visitor, in the account for a learner (falling back to the browser if the session has ended).
 * Resolves to the problem to show, or null; on a refusal the caller's optimistic status rolls back.
 */
export async function saveStatusChange(
  roadmapId: string,
  topicId: string,
  status: TopicStatus,
): Promise<string | null> {
  await whenLearnerLoaded();
  if (changesStayInBrowser()) {
    recordBrowserStatus(roadmapId, topicId, status);
    return null;
  }
  const outcome = await runFormAction(() =>
    changeTopicStatus({ roadmapId, topicId, status, timeZone: browserTimeZone() }),
  );
  if (outcome.kind === 'saved') {
    recordAccountStatus(roadmapId, topicId, outcome.data);
    return null;
  }
  if (outcome.kind === 'refused') return outcome.message;
  recordBrowserStatus(roadmapId, topicId, status);
  return outcome.wasSignedIn ? sessionEnded : null;
}
