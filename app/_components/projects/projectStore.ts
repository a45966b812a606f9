'use client';

import { forgetMerged, needsMerge } from '@/lib/progress/browser-sync';
import { withEntry } from '@/lib/progress/local';
import { mergeBrowserProjects } from '@/lib/projects/actions';
import {
  flattenProjects,
  LOCAL_PROJECTS_KEY,
  parseLocalProjects,
  projectMergeFailedMessage,
  projectMergeMessage,
  serializeLocalProjects,
  type ProjectEntry,
  type ProjectTree,
} from '@/lib/projects/local';

import { browserTreeStorage } from '../browserStorage';
import { createStore, useStore } from '../clientStore';
import {
  learnerState,
  recordAccountProjects,
  showNotice,
  useLearner,
} from '../progress/learnerStore';

/**
 * The step projects a visitor keeps in this browser (their own localStorage key), beside the
 * learner store that holds the account's. Merged into the account at sign-in by the topics' rule.
 */
const empty: ProjectTree = {};
const browserProjects = createStore(() => empty);

const projectStorage = browserTreeStorage(LOCAL_PROJECTS_KEY, {
  parse: parseLocalProjects,
  serialize: serializeLocalProjects,
});

function writeBrowserProjects(projects: ProjectTree) {
  projectStorage.write(projects);
  browserProjects.set(projects);
}

/** The project as shown: the account's when signed in, else this browser's. */
export function useProjectEntry(roadmapId: string, projectId: string): ProjectEntry | undefined {
  const learner = useLearner();
  const local = useStore(browserProjects, (projects) => projects, empty);
  return (learner.user ? learner.projects : local)[roadmapId]?.[projectId];
}

const noProjects: ProjectTree[string] = {};

/** One roadmap's projects as shown (the plan reads them): the account's, else this browser's. */
export function useRoadmapProjects(roadmapId: string): ProjectTree[string] {
  const learner = useLearner();
  const local = useStore(browserProjects, (projects) => projects, empty);
  return (learner.user ? learner.projects : local)[roadmapId] ?? noProjects;
}
export function recordBrowserProject(
  roadmapId: string,
  projectId: string,
  change: Pick<ProjectEntry, 'status' | 'url'>,
) {
  writeBrowserProjects(
    withEntry(projectStorage.read(), roadmapId, projectId, {
      ...change,
      updatedAt: new Date().toISOString(),
    }),
  );
}

let merging: Promise<void> | undefined;

/**
 * Run by the learner loader after each lookup: reads this browser's projects and, for a
 * signed-in learner, merges them into the account (one merge at a time). A failed merge keeps
 * them for the next visit; exactly the entries sent are forgotten after a merge.
 */
export async function syncBrowserProjects() {
  writeBrowserProjects(projectStorage.read());
  if (!needsMerge(learnerState().user, browserProjects.get())) return;
  merging ??= mergeIntoAccount().finally(() => (merging = undefined));
  await merging;
}

async function mergeIntoAccount() {
  const sent = flattenProjects(projectStorage.read());
  const result = await mergeBrowserProjects({ entries: sent }).catch(() => null);
  if (!result?.ok) return showNotice({ tone: 'problem', message: projectMergeFailedMessage });
  writeBrowserProjects(forgetMerged(projectStorage.read(), sent, 'projectId'));
  recordAccountProjects(result.data.projects);
  const message = projectMergeMessage(result.data.merged, result.data.ignored);
  // Topic progress may have merged just before: the learner reads both in one notice.
  const shown = learnerState().notice;
  if (message) {
    showNotice({
      tone: shown?.tone ?? 'success',
      message: shown ? `${shown.message} ${message}` : message,
    });
  }
}
