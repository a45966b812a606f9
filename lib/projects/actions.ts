'use server';

import { formAction, userAction } from '@/lib/action';
import { spendRowWrites } from '@/lib/rate-limit/check';

import { mergeProjectsInput, setProjectInput } from './input';
import { toProjectTree } from './local';
import { getProjectRows, mergeProjects, writeProjectStatus } from './queries';
import type { ProjectStatus } from './status';

export type SavedProject = {
  roadmapId: string;
  projectId: string;
  status: ProjectStatus;
  url: string | null;
  updatedAt: string;
};

/**
 * Saves the signed-in learner's status and link of a step project (the project form). Like topic
 * status, it revalidates nothing: the pages that show projects on the server are dynamic.
 */
export const setProjectStatus = formAction(
  'setProjectStatus',
  setProjectInput,
  async (input, user): Promise<SavedProject> => {
    const row = await writeProjectStatus(user.id, input);
    return { ...row, updatedAt: row.updatedAt.toISOString() };
  },
);

/**
 * Merges the project status this browser kept before sign-in into the account (newest wins).
 * Every project merged counts against the write budget.
 */
export const mergeBrowserProjects = userAction(
  'mergeBrowserProjects',
  mergeProjectsInput,
  async ({ entries, ignored }, user) => {
    const merged = await mergeProjects(user.id, entries);
    await spendRowWrites(user.id, merged);
    // The account's projects after the merge, so the page shows what won without another request.
    return { merged, ignored, projects: toProjectTree(await getProjectRows(user.id)) };
  },
);
