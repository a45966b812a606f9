'use client';

import { useSyncExternalStore } from 'react';

import type { MeResponse, MeUser } from '@/app/api/me/route';
import { mergeBrowserProgress } from '@/lib/progress/actions';
import {
  flattenProgress,
  LOCAL_PROGRESS_KEY,
  parseLocalProgress,
  serializeLocalProgress,
  statusesOf,
  withEntry,
  type ProgressEntry,
  type ProgressTree,
} from '@/lib/progress/local';
import type { TopicStatus } from '@/lib/progress/status';

export type Notice = { tone: 'success' | 'problem'; message: string };

export type SessionSnapshot = {
  /** `loading` until /api/me answers; `offline` when it could not. */
  phase: 'loading' | 'ready' | 'offline';
  signInAvailable: boolean;
  user: MeUser | null;
  /** The signed-in learner's saved progress, for the roadmaps loaded so far. */
  account: ProgressTree;
  /** Progress kept in this browser (visitors who are not signed in). */
  browser: ProgressTree;
  notice?: Notice;
};

const initial: SessionSnapshot = {
  phase: 'loading',
  signInAvailable: true,
  user: null,
  account: {},
  browser: {},
};
let snapshot = initial;
const listeners = new Set<() => void>();
const loaded = new Promise<void>((resolve) => {
  listeners.add(() => {
    if (snapshot.phase !== 'loading') resolve();
  });
});

/** Resolves once the first session lookup has answered (or failed). */
export const whenSessionLoaded = () => loaded;

function update(change: Partial<SessionSnapshot>) {
  snapshot = { ...snapshot, ...change };
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const currentSession = () => snapshot;

export function useSession(): SessionSnapshot {
  return useSyncExternalStore(
    subscribe,
    () => snapshot,
    () => initial,
  );
}

export const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

function readBrowserProgress(): ProgressTree {
  try {
    return parseLocalProgress(localStorage.getItem(LOCAL_PROGRESS_KEY));
  } catch {
    return {};
  }
}

function writeBrowserProgress(progress: ProgressTree) {
  try {
    if (Object.keys(progress).length === 0) localStorage.removeItem(LOCAL_PROGRESS_KEY);
    else localStorage.setItem(LOCAL_PROGRESS_KEY, serializeLocalProgress(progress));
  } catch {
    // Storage full or disabled: the change still shows on this page.
  }
  update({ browser: progress });
}

/** Which progress a page needs, from its path: one roadmap, every roadmap (home), or none. */
function progressScope(pathname: string): string | undefined {
  if (pathname === '/') return 'all';
  return pathname.match(/^\/roadmaps\/([a-z0-9-]+)/)?.[1];
}

/** Asks the server who is signed in (and their progress for this page), then merges browser progress. */
export async function loadSession(pathname: string) {
  update({ browser: readBrowserProgress() });
  const scope = progressScope(pathname);
  let body: MeResponse;
  try {
    const response = await fetch(`/api/me${scope ? `?progress=${scope}` : ''}`, {
      cache: 'no-store',
    });
    body = (await response.json()) as MeResponse;
  } catch {
    return update({ phase: 'offline' });
  }
  if ('error' in body) return update({ phase: 'offline' });
  update({
    phase: 'ready',
    signInAvailable: body.signInAvailable,
    user: body.user,
    // A change saved while this request was in flight is newer than what it returns: keep it.
    account: body.user ? newestOf(snapshot.account, body.progress) : {},
  });
  if (body.user && flattenProgress(snapshot.browser).length > 0) await mergeIntoAccount(pathname);
}

async function mergeIntoAccount(pathname: string) {
  const entries = flattenProgress(snapshot.browser);
  const result = await mergeBrowserProgress({ entries, timeZone: browserTimeZone() }).catch(
    () => null,
  );
  if (!result?.ok) {
    // The browser copy stays: the next page load tries again.
    return update({
      notice: {
        tone: 'problem',
        message:
          'The progress saved in this browser could not be added to your account yet. It is kept here and will be added on your next visit.',
      },
    });
  }
  writeBrowserProgress({});
  const { merged } = result.data;
  update({
    notice: {
      tone: 'success',
      message:
        merged === 0
          ? 'Your account already had newer progress than this browser: nothing needed merging.'
          : `${merged} ${merged === 1 ? 'topic' : 'topics'} from this browser ${merged === 1 ? 'was' : 'were'} added to your account.`,
    },
  });
  await loadSession(pathname);
}

function newestOf(current: ProgressTree, fetched: ProgressTree): ProgressTree {
  const result: ProgressTree = { ...current };
  for (const [roadmapId, topics] of Object.entries(fetched)) {
    for (const [topicId, entry] of Object.entries(topics)) {
      const mine = result[roadmapId]?.[topicId];
      if (!mine || mine.updatedAt < entry.updatedAt)
        result[roadmapId] = { ...result[roadmapId], [topicId]: entry };
    }
  }
  return result;
}

export function recordAccountStatus(roadmapId: string, topicId: string, entry: ProgressEntry) {
  update({ account: withEntry(snapshot.account, roadmapId, topicId, entry) });
}

export function recordBrowserStatus(roadmapId: string, topicId: string, status: TopicStatus) {
  writeBrowserProgress(
    withEntry(readBrowserProgress(), roadmapId, topicId, {
      status,
      updatedAt: new Date().toISOString(),
    }),
  );
}

/** After a reset, every topic of the roadmap reads as not started. */
export function clearRoadmap(roadmapId: string, where: 'account' | 'browser') {
  if (where === 'browser') {
    const rest = { ...readBrowserProgress() };
    delete rest[roadmapId];
    return writeBrowserProgress(rest);
  }
  update({ account: { ...snapshot.account, [roadmapId]: {} } });
}

/** An expired session: the learner now counts as signed out, and their changes stay in the browser. */
export function markSignedOut() {
  update({ user: null, account: {} });
}

export function clearSignedInUser() {
  update({ user: null, account: {}, signInAvailable: true });
}

export function dismissNotice() {
  update({ notice: undefined });
}

/** The statuses shown for a roadmap: the account's when signed in, else this browser's. */
export function statusesFor(
  session: SessionSnapshot,
  roadmapId: string,
): Record<string, TopicStatus> {
  return statusesOf(session.user ? session.account : session.browser, roadmapId);
}
