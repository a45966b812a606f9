'use client';

import { useSyncExternalStore } from 'react';

import { withNote, type NoteSummary, type NoteTree } from '@/lib/notes/tree';
import { mergeBrowserProgress, type ResetResult } from '@/lib/progress/actions';
import {
  forgetMerged,
  keepsProgressInBrowser,
  mergeFailedMessage,
  mergeMessage,
  meUrl,
  needsMerge,
  newestOf,
  noteKey,
  personalScope,
  reconcileAccount,
  withoutRoadmap,
  withReset,
} from '@/lib/progress/browser-sync';
import {
  flattenProgress,
  LOCAL_PROGRESS_KEY,
  parseLocalProgress,
  serializeLocalProgress,
  withEntry,
  type ProgressEntry,
  type ProgressTree,
} from '@/lib/progress/local';
import type { MeResponse, MeUser } from '@/lib/progress/personal-view';
import type { TopicStatus } from '@/lib/progress/status';
import type { ProjectTree } from '@/lib/projects/local';

import { browserTreeStorage } from '../browserStorage';

export { noteKey };

export type Notice = { tone: 'success' | 'problem'; message: string };

/**
 * What the browser holds of the learner: who is signed in, their saved progress and notes for the
 * pages read so far, and the progress a visitor keeps in this browser. The rules live in
 * lib/progress/browser-sync.ts; this store only holds their results and tells components.
 */
export type LearnerState = {
  /** `loading` until /api/me answers; `offline` when it could not. */
  phase: 'loading' | 'ready' | 'offline';
  signInAvailable: boolean;
  user: MeUser | null;
  /** The signed-in learner's saved progress, for the roadmaps loaded so far. */
  account: ProgressTree;
  /** Progress kept in this browser (visitors who are not signed in). */
  browser: ProgressTree;
  /** Which topics of the loaded roadmaps have a note. */
  notes: NoteTree;
  /** The signed-in learner's step projects (app/_components/projects/projectStore.ts). */
  projects: ProjectTree;
  /** `roadmap/topic` whose note text `notes` holds, once loaded for the page being read. */
  noteLoadedFor?: string;
  notice?: Notice;
};

const initial: LearnerState = {
  phase: 'loading',
  signInAvailable: true,
  user: null,
  account: {},
  browser: {},
  notes: {},
  projects: {},
};
let state = initial;
const listeners = new Set<() => void>();
const loaded = new Promise<void>((resolve) => {
  listeners.add(() => {
    if (state.phase !== 'loading') resolve();
  });
});

/** Resolves once the first lookup of the learner has answered (or failed). */
export const whenLearnerLoaded = () => loaded;

function update(change: Partial<LearnerState>) {
  state = { ...state, ...change };
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const learnerState = () => state;

export function useLearner(): LearnerState {
  return useSyncExternalStore(
    subscribe,
    () => state,
    () => initial,
  );
}

export const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

const progressStorage = browserTreeStorage(LOCAL_PROGRESS_KEY, {
  parse: parseLocalProgress,
  serialize: serializeLocalProgress,
});

function writeBrowserProgress(progress: ProgressTree) {
  progressStorage.write(progress);
  update({ browser: progress });
}

/** Asks the server who is signed in (and their data for this page), then merges browser progress. */
export async function loadLearner(pathname: string) {
  update({ browser: progressStorage.read(), noteLoadedFor: undefined });
  const scope = personalScope(pathname);
  let body: MeResponse;
  try {
    const response = await fetch(meUrl(scope), { cache: 'no-store' });
    body = (await response.json()) as MeResponse;
  } catch {
    return update({ phase: 'offline' });
  }
  if ('error' in body) return update({ phase: 'offline' });
  update({
    phase: 'ready',
    signInAvailable: body.signInAvailable,
    user: body.user,
    account: reconcileAccount({ userId: state.user?.id, account: state.account }, body),
    notes: body.notes,
    projects: reconcileAccount(
      { userId: state.user?.id, account: state.projects },
      { user: body.user, progress: body.projects },
    ),
    noteLoadedFor: scope.progress && scope.note ? noteKey(scope.progress, scope.note) : undefined,
  });
  if (needsMerge(body.user, state.browser)) {
    // Navigations can overlap: one merge at a time, and a second call waits for the first.
    merging ??= mergeIntoAccount().finally(() => (merging = undefined));
    if (await merging) await loadLearner(pathname);
  }
}

let merging: Promise<boolean> | undefined;

/** Sends the browser's progress to the account; true when the account changed. */
async function mergeIntoAccount(): Promise<boolean> {
  const sent = flattenProgress(progressStorage.read());
  const result = await mergeBrowserProgress({ entries: sent, timeZone: browserTimeZone() }).catch(
    () => null,
  );
  if (!result?.ok) {
    // The browser copy stays: the next page load tries again.
    update({ notice: { tone: 'problem', message: mergeFailedMessage } });
    return false;
  }
  writeBrowserProgress(forgetMerged(progressStorage.read(), sent));
  update({
    notice: { tone: 'success', message: mergeMessage(result.data.merged, result.data.ignored) },
  });
  return result.data.merged > 0;
}

export function recordAccountStatus(roadmapId: string, topicId: string, entry: ProgressEntry) {
  update({ account: withEntry(state.account, roadmapId, topicId, entry) });
}

export function recordBrowserStatus(roadmapId: string, topicId: string, status: TopicStatus) {
  writeBrowserProgress(
    withEntry(progressStorage.read(), roadmapId, topicId, {
      status,
      updatedAt: new Date().toISOString(),
    }),
  );
}

export function recordAccountReset(result: ResetResult) {
  update({ account: withReset(state.account, result) });
}

export function resetBrowserRoadmap(roadmapId: string) {
  writeBrowserProgress(withoutRoadmap(progressStorage.read(), roadmapId));
}

/** A note saved (or, with `undefined`, removed) on the account. */
export function recordNote(roadmapId: string, topicId: string, note: NoteSummary | undefined) {
  update({ notes: withNote(state.notes, roadmapId, topicId, note) });
}

/** Signed out (ended here, or expired): the learner's changes now stay in this browser. */
export function forgetSignedInUser() {
  update({ user: null, account: {}, notes: {}, projects: {} });
}

/** Whether a change made now belongs in this browser (see the rule in browser-sync). */
export const changesStayInBrowser = () => keepsProgressInBrowser(state.phase, state.user);

/** Step projects saved on the account, merged over those loaded (newest wins). */
export function recordAccountProjects(projects: ProjectTree) {
  update({ projects: newestOf(state.projects, projects) });
}

/** A message for the learner from outside this store (the project merge says what it did). */
export function showNotice(notice: Notice) {
  update({ notice });
}

export function dismissNotice() {
  update({ notice: undefined });
}
