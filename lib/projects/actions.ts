'use server';

import { formAction, userAction } from '@/lib/action';

import { mergeProjectsInput, setProjectInput } from './input';
import { projectStatusRows } from './queries';

/**
 * Saves the signed-in learner's status and link of a step project (the project form). Like topic
 * status, it revalidates nothing: the pages that show projects on the server are dynamic.
 */
export const setProjectStatus = formAction('setProjectStatus', setProjectInput, (input, user) =>
  projectStatusRows.save(user.id, input),
);

/**
 * Merges the project status this browser kept before sign-in into the account (newest wins).
 * Every project merged counts against the write budget.
 */
export const mergeBrowserProjects = userAction(
  'mergeBrowserProjects',
  mergeProjectsInput,
  (input, user) => projectStatusRows.mergeFromBrowser(user.id, input),
);
