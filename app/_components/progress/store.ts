'use client';

import { useSyncExternalStore } from 'react';

import type { MeResponse, MeUser } from '@/app/api/me/route';
import { withNote, type NoteSummary, type NoteTree } from '@/lib/notes/tree';
import { mergeBrowserProgress, type ResetResult } from '@/lib/progress/actions';
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
  /** Which topics of the loaded roadmaps have a note. */
  notes: NoteTree;
  /** `roadmap/topic` whose note text `notes` holds, once loaded for the page being read. */
  noteLoadedFor?: string;
  notice?: Notice;
};

const initial: SessionSnapshot = {
  phase: 'loading',
  signInAvailable: true,
  user: null,
  account: {},
  browser: {},
  notes: {},
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

/**
 * What a page needs, from its path: progress of one roadmap, every roadmap (home) or none, and on
 * a topic page that topic's note.
 */
function personalScope(pathname: string): { progress?: string; note?: string } {
  if (pathname === '/') return { progress: 'all' };
  const [, roadmap, topic] = pathname.match(/^\/roadmaps\/([a-z0-9-]+)(?:\/([a-z0-9-]+))?/) ?? [];
  return { progress: roadmap, note: topic };
}

export const noteKey = (roadmapId: string, topicId: string) => `${roadmapId}/${topicId}`;

function meUrl(scope: { progress?: string; note?: string }): string {
  const query = new URLSearchParams();
  if (scope.progress) query.set('progress', scope.progress);
  if (scope.note) query.set('note', scope.note);
  return query.size > 0 ? `/api/me?${query}` : '/api/me';
}

/** Asks the server who is signed in (and their progress for this page), then merges browser progress. */
export async function loadSession(pathname: string) {
  update({ browser: readBrowserProgress() });
  const scope = personalScope(pathname);
  update({ noteLoadedFor: undefined });
  let body: MeResponse;
  try {
    const response = await fetch(meUrl(scope), { cache: 'no-store' });
    body = (await response.json()) as MeResponse;
  } catch {
    return update({ phase: 'offline' });
  }
  if ('error' in body) return update({ phase: 'offline' });
  const sameUser = !!body.user && body.user.id === snapshot.user?.id;
  update({
    phase: 'ready',
    signInAvailable: body.signInAvailable,
    user: body.user,
    // A change saved while this request was in flight is newer than what it returns: keep it.
    // Another learner (signed in meanwhile in another tab) starts from their own progress only.
    account: !body.user ? {} : sameUser ? newestOf(snapshot.account, body.progress) : body.progress,
    notes: body.notes,
    noteLoadedFor: scope.progress && scope.note ? noteKey(scope.progress, scope.note) : undefined,
  });
  if (body.user && flattenProgress(snapshot.browser).length > 0) {
    // Navigations can overlap: one merge at a time, and a second call waits for the first.
    merging ??= mergeIntoAccount().finally(() => (merging = undefined));
    if (await merging) await loadSession(pathname);
  }
}

let merging: Promise<boolean> | undefined;

/** Sends the browser's progress to the account; true when the account changed. */
async function mergeIntoAccount(): Promise<boolean> {
  const sent = flattenProgress(readBrowserProgress());
  const result = await mergeBrowserProgress({ entries: sent, timeZone: browserTimeZone() }).catch(
    () => null,
  );
  if (!result?.ok) {
    // The browser copy stays: the next page load tries again.
    update({
      notice: {
        tone: 'problem',
        message:
          'The progress saved in this browser could not be added to your account yet. It is kept here and will be added on your next visit.',
      },
    });
    return false;
  }
  // Forget exactly what was sent: a change made meanwhile (another tab) waits for the next merge.
  let remaining = readBrowserProgress();
  for (const entry of sent) {
    if (remaining[entry.roadmapId]?.[entry.topicId]?.updatedAt !== entry.updatedAt) continue;
    const topics = { ...remaining[entry.roadmapId] };
    delete topics[entry.topicId];
    remaining = { ...remaining, [entry.roadmapId]: topics };
  }
  writeBrowserProgress(
    Object.fromEntries(Object.entries(remaining).filter(([, t]) => Object.keys(t).length > 0)),
  );
  update({
    notice: { tone: 'success', message: mergeMessage(result.data.merged, result.data.ignored) },
  });
  return result.data.merged > 0;
}

function mergeMessage(merged: number, ignored: number): string {
  const topics = (n: number) => `${n} ${n === 1 ? 'topic' : 'topics'}`;
  const main =
    merged === 0
      ? 'Your account already had newer progress than this browser: nothing needed merging.'
      : `${topics(merged)} from this browser ${merged === 1 ? 'was' : 'were'} added to your account.`;
  return ignored === 0
    ? main
    : `${main} ${topics(ignored)} no longer in the roadmaps ${ignored === 1 ? 'was' : 'were'} left out.`;
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

/** A reset saved on the account: those topics are now not started, as of the reset. */
export function recordAccountReset(result: ResetResult) {
  let account = snapshot.account;
  for (const { topicId, updatedAt } of result.topics) {
    account = withEntry(account, result.roadmapId, topicId, { status: 'not_started', updatedAt });
  }
  update({ account });
}

export function resetBrowserRoadmap(roadmapId: string) {
  const rest = { ...readBrowserProgress() };
  delete rest[roadmapId];
  writeBrowserProgress(rest);
}

/** A note saved (or, with `undefined`, removed) on the account. */
export function recordNote(roadmapId: string, topicId: string, note: NoteSummary | undefined) {
  update({ notes: withNote(snapshot.notes, roadmapId, topicId, note) });
}

/** Signed out (ended here, or expired): the learner's changes now stay in this browser. */
export function forgetSignedInUser() {
  update({ user: null, account: {}, notes: {} });
}

/**
 * Whether a change belongs in this browser: only for a visitor known to be signed out. While the
 * session is unknown (still loading, or the lookup failed) the server decides.
 */
export const keepsProgressInBrowser = () => snapshot.phase === 'ready' && !snapshot.user;

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
