'use client';

import { withNote, type NoteSummary, type NoteTree } from '@/lib/notes/tree';
import type { ResetResult } from '@/lib/progress/actions';
import {
  keepsProgressInBrowser,
  newestOf,
  noteKey,
  withoutRoadmap,
  withReset,
} from '@/lib/progress/browser-sync';
import {
  LOCAL_PROGRESS_KEY,
  parseLocalProgress,
  serializeLocalProgress,
  withEntry,
  type ProgressEntry,
  type ProgressTree,
} from '@/lib/progress/local';
import type { MeUser } from '@/lib/progress/personal-view';
import type { TopicStatus } from '@/lib/progress/status';
import type { ChecklistTree } from '@/lib/projects/checklist';
import type { ProjectTree } from '@/lib/projects/local';

import { browserTreeStorage } from '../browserStorage';
import { createStore, useStore } from '../clientStore';

export { noteKey };

export type Notice = { tone: 'success' | 'problem'; message: string };

/**
 * What the browser holds of the learner: who is signed in, their saved progress and notes for the
 * pages read so far, and the progress a visitor keeps in this browser. The rules live in
 * lib/progress/browser-sync.ts; this store only holds their results and tells components, and
 * loadLearner.ts fills it from the server.
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
  /** The items the signed-in learner ticked on project checklists (checklistStore.ts). */
  checklists: ChecklistTree;
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
  checklists: {},
};
const learner = createStore(() => initial);
const loaded = new Promise<void>((resolve) => {
  learner.subscribe(() => {
    if (learner.get().phase !== 'loading') resolve();
  });
});

/** Resolves once the first lookup of the learner has answered (or failed). */
export const whenLearnerLoaded = () => loaded;

/** Changes part of the learner's state (the loader in loadLearner.ts and the records below). */
export function updateLearner(change: Partial<LearnerState>) {
  learner.set({ ...learner.get(), ...change });
}

export const learnerState = learner.get;

export const useLearner = (): LearnerState => useStore(learner, (state) => state, initial);

export const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export const progressStorage = browserTreeStorage(LOCAL_PROGRESS_KEY, {
  parse: parseLocalProgress,
  serialize: serializeLocalProgress,
});

/** Keeps a visitor's progress in this browser and shows it. */
export function writeBrowserProgress(progress: ProgressTree) {
  progressStorage.write(progress);
  updateLearner({ browser: progress });
}

export function recordAccountStatus(roadmapId: string, topicId: string, entry: ProgressEntry) {
  updateLearner({ account: withEntry(learnerState().account, roadmapId, topicId, entry) });
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
  updateLearner({ account: withReset(learnerState().account, result) });
}

export function resetBrowserRoadmap(roadmapId: string) {
  writeBrowserProgress(withoutRoadmap(progressStorage.read(), roadmapId));
}

/** A note saved (or, with `undefined`, removed) on the account. */
export function recordNote(roadmapId: string, topicId: string, note: NoteSummary | undefined) {
  updateLearner({ notes: withNote(learnerState().notes, roadmapId, topicId, note) });
}

/** Signed out (ended here, or expired): the learner's changes now stay in this browser. */
export function forgetSignedInUser() {
  updateLearner({ user: null, account: {}, notes: {}, projects: {}, checklists: {} });
}

/** Whether a change made now belongs in this browser (see the rule in browser-sync). */
export const changesStayInBrowser = () =>
  keepsProgressInBrowser(learnerState().phase, learnerState().user);

/** Step projects saved on the account, merged over those loaded (newest wins). */
export function recordAccountProjects(projects: ProjectTree) {
  updateLearner({ projects: newestOf(learnerState().projects, projects) });
}

/** A message for the learner from outside this store (the project merge says what it did). */
export function showNotice(notice: Notice) {
  updateLearner({ notice });
}

export function dismissNotice() {
  updateLearner({ notice: undefined });
}
