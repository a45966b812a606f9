import { z } from 'zod';

import { knownProject } from '@/lib/content';
import { browserEntries, contentId, dateTimeSince2000 } from '@/lib/validation';

import { projectStatuses } from './status';
import { completeProjectUrl, projectUrlMessage, projectUrlProblem } from './url';

/** A link's refusal, worded for where it is shown (the form names the field). */
type UrlMessage = (problem: string) => string;

function checkedUrl(value: string, context: z.RefinementCtx, message: UrlMessage) {
  const url = completeProjectUrl(value);
  const problem = projectUrlProblem(url);
  if (!problem) return url;
  context.addIssue({ code: 'custom', message: message(problem) });
  return z.NEVER;
}

/**
 * A link as every door takes it (the form, the browser's merge, an import): completed to https://
 * when it names no scheme ({@link completeProjectUrl}), then held to {@link projectUrlProblem}.
 */
export const projectUrl = (message: UrlMessage = projectUrlMessage) =>
  z
    .string({ error: 'The repository or demo URL is not text.' })
    .trim()
    .transform((value, context) => checkedUrl(value, context, message));

/** The URL field of the project form: empty means "no link"; the message names the field. */
export const projectUrlField = z
  .string({ error: 'The repository or demo URL is not text.' })
  .trim()
  .transform((value, context) =>
    value === '' ? null : checkedUrl(value, context, projectUrlMessage),
  );

const status = z.enum(projectStatuses, {
  error: 'The project status must be not started, in progress or done.',
});

/** The project form: a status and, optionally, the link to what the learner built. */
export const setProjectInput = z
  .object({
    roadmapId: contentId,
    projectId: contentId,
    status,
    // A caller that sends no url field means "no link", like an emptied field.
    url: z.preprocess((value) => value ?? '', projectUrlField),
  })
  .refine(knownProject, {
    message: 'This project does not exist (any more).',
    path: ['projectId'],
  });

/** Browser project entries are at most one per step; 200 leaves room for far more content. */
export const MAX_PROJECT_MERGE_ENTRIES = 200;

const browserEntry = z.object({
  roadmapId: contentId,
  projectId: contentId,
  status: z.enum(projectStatuses),
  url: projectUrl().nullable(),
  updatedAt: dateTimeSince2000.transform((iso) => new Date(iso)),
});

/**
 * Project status a browser kept before sign-in, by the same rules as topic progress
 * ({@link browserEntries}); an entry with an unsafe link counts as garbled.
 */
export const mergeProjectsInput = z
  .object({ entries: browserEntries(browserEntry, knownProject, MAX_PROJECT_MERGE_ENTRIES) })
  .transform(({ entries }) => entries);

export type SetProjectInput = z.output<typeof setProjectInput>;
