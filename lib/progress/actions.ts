'use server';

import {
  formAction,
  redirectingFormAction,
  userAction,
  type SessionUser,
  type TypedAction,
} from '@/lib/action';
import { findTopic } from '@/lib/content';
import { spendRowWrites } from '@/lib/rate-limit/check';
import { notSavedPath, roadmapPath, stepStatusPath } from '@/lib/routes';

import { mergeInput, resetRoadmapInput, setStatusInput, type SetStatusInput } from './input';
import { refusalQuery } from './not-saved';
import { mergeProgress, resetRoadmap, writeTopicStatus } from './queries';
import type { TopicStatus } from './status';

export type SavedStatus = {
  roadmapId: string;
  topicId: string;
  status: TopicStatus;
  updatedAt: string;
};

/**
 * Sets a topic's status for the signed-in learner (the status control's form). No action
 * revalidates a path: the pages that render progress on the server (dashboard, settings, profiles)
 * are dynamic and fresh on every visit, and revalidating would make every write's answer carry a
 * re-render of the page it came from.
 */
async function saveTopicStatus(input: SetStatusInput, user: SessionUser): Promise<SavedStatus> {
  const row = await writeTopicStatus(user.id, input);
  return { ...row, updatedAt: row.updatedAt.toISOString() };
}

export const setTopicStatus = formAction('setTopicStatus', setStatusInput, saveTopicStatus);

/**
 * The same save for code that holds the values (the status control with JavaScript): a typed
 * object, the same schema, handler, write budget and messages as the form.
 */
export const changeTopicStatus: TypedAction<typeof setStatusInput, SavedStatus> = userAction(
  'changeTopicStatus',
  setStatusInput,
  saveTopicStatus,
);

/**
 * A step's status page, posted without JavaScript: each form names one topic, so only that topic
 * changes, and the learner returns to the page, which shows what was saved. A refusal goes to a
 * page that says why.
 */
export const setTopicStatusWithoutScript = redirectingFormAction(
  'setTopicStatusWithoutScript',
  setStatusInput,
  saveTopicStatus,
  {
    saved: ({ roadmapId, topicId }) => {
      const step = findTopic(roadmapId, topicId)?.step;
      return step ? stepStatusPath(roadmapId, step.id, topicId) : roadmapPath(roadmapId);
    },
    refused: (error, fields) =>
      notSavedPath(fields.roadmapId ?? '', fields.topicId ?? '', refusalQuery(error)),
  },
);

/** Moves every topic of one roadmap back to not started, after the learner confirmed it. */
export type ResetResult = { roadmapId: string; topics: { topicId: string; updatedAt: string }[] };

export const resetRoadmapProgress = formAction(
  'resetRoadmapProgress',
  resetRoadmapInput,
  async (input, user): Promise<ResetResult> => ({
    roadmapId: input.roadmapId,
    topics: (await resetRoadmap(user.id, input.roadmapId)).map((row) => ({
      topicId: row.topicId,
      updatedAt: row.updatedAt.toISOString(),
    })),
  }),
);

/**
 * Merges the progress this browser kept before sign-in into the account (newest change wins).
 * Every topic merged counts against the write budget.
 */
export const mergeBrowserProgress = userAction(
  'mergeBrowserProgress',
  mergeInput,
  async ({ entries, ignored, timeZone }, user) => {
    const merged = await mergeProgress(user.id, entries, { source: 'merge', timeZone });
    await spendRowWrites(user.id, merged);
    return { merged, ignored };
  },
);
