/**
 * The rules of the exchange between static pages and the learner's data, kept apart from any I/O
 * so they can be tested: what to fetch for a path, how account and browser progress reconcile,
 * what the browser forgets after a merge, and what the learner is told. The client store
 * (app/_components/progress/learnerStore.ts) only holds the results.
 */
import { readerPathIds } from '@/lib/routes';

import { statusesOf, type EntryTree, type ProgressTree } from './local';
import type { MeUser } from './personal-view';
import type { TopicStatus } from './status';

/** What a page needs: one roadmap's progress, every roadmap's (home) or none, and a topic's note. */
export type PersonalScope = { progress?: string; note?: string };

export function personalScope(pathname: string): PersonalScope {
  if (pathname === '/') return { progress: 'all' };
  const { roadmapId, topicId } = readerPathIds(pathname);
  return { progress: roadmapId, note: topicId };
}

export function meUrl(scope: PersonalScope): string {
  const query = new URLSearchParams();
  if (scope.progress) query.set('progress', scope.progress);
  if (scope.note) query.set('note', scope.note);
  return query.size > 0 ? `/api/me?${query}` : '/api/me';
}

export const noteKey = (roadmapId: string, topicId: string) => `${roadmapId}/${topicId}`;

/** Per topic (or project), whichever of the two entries changed last. */
export function newestOf<E extends { updatedAt: string }>(
  current: EntryTree<E>,
  fetched: EntryTree<E>,
): EntryTree<E> {
  const result: EntryTree<E> = { ...current };
  for (const [roadmapId, topics] of Object.entries(fetched)) {
    // One copy per roadmap, not per entry: the tree is the caller's and stays as it was.
    const merged = { ...result[roadmapId] };
    for (const [topicId, entry] of Object.entries(topics)) {
      const mine = merged[topicId];
      if (!mine || mine.updatedAt < entry.updatedAt) merged[topicId] = entry;
    }
    result[roadmapId] = merged;
  }
  return result;
}

/**
 * The account progress to show once /api/me answers. A change saved while the request was in
 * flight is newer than what it returns, so it is kept; another learner (signed in meanwhile in
 * another tab) starts from their own progress only; a visitor has none.
 */
export function reconcileAccount<E extends { updatedAt: string }>(
  shown: { userId?: string; account: EntryTree<E> },
  answer: { user: MeUser | null; progress: EntryTree<E> },
): EntryTree<E> {
  if (!answer.user) return {};
  return answer.user.id === shown.userId
    ? newestOf(shown.account, answer.progress)
    : answer.progress;
}

/** Whether browser progress (or step projects) waits to be merged into the signed-in account. */
export const needsMerge = (user: MeUser | null, browser: EntryTree<unknown>) =>
  user !== null && Object.values(browser).some((items) => Object.keys(items).length > 0);

/**
 * The browser's progress after a merge of `sent`: exactly the entries that were sent are
 * forgotten; a change made meanwhile (another tab) stays for the next merge.
 */
export function forgetMerged<E extends { updatedAt: string }, K extends string = 'topicId'>(
  browser: EntryTree<E>,
  sent: readonly ({ roadmapId: string; updatedAt: string } & Record<K, string>)[],
  idName: K = 'topicId' as K,
): EntryTree<E> {
  // One copy per roadmap, not per entry: the tree is the caller's and stays as it was.
  const remaining = Object.fromEntries(
    Object.entries(browser).map(([roadmapId, topics]) => [roadmapId, { ...topics }]),
  );
  for (const entry of sent) {
    const id = entry[idName];
    if (remaining[entry.roadmapId]?.[id]?.updatedAt !== entry.updatedAt) continue;
    delete remaining[entry.roadmapId]![id];
  }
  return Object.fromEntries(
    Object.entries(remaining).filter(([, topics]) => Object.keys(topics).length > 0),
  );
}

export function mergeMessage(merged: number, ignored: number): string {
  const topics = (n: number) => `${n} ${n === 1 ? 'topic' : 'topics'}`;
  const main =
    merged === 0
      ? 'Your account already had newer progress than this browser: nothing needed merging.'
      : `${topics(merged)} from this browser ${merged === 1 ? 'was' : 'were'} added to your account.`;
  return ignored === 0
    ? main
    : `${main} ${topics(ignored)} no longer in the roadmaps ${ignored === 1 ? 'was' : 'were'} left out.`;
}

export const mergeFailedMessage =
  'The progress saved in this browser could not be added to your account yet. It is kept here and will be added on your next visit.';

/** A reset saved on the account: those topics are now not started, as of the reset. */
export function withReset(
  account: ProgressTree,
  reset: { roadmapId: string; topics: { topicId: string; updatedAt: string }[] },
): ProgressTree {
  const topics = { ...account[reset.roadmapId] };
  for (const { topicId, updatedAt } of reset.topics)
    topics[topicId] = { status: 'not_started', updatedAt };
  return { ...account, [reset.roadmapId]: topics };
}

export function withoutRoadmap(progress: ProgressTree, roadmapId: string): ProgressTree {
  const rest = { ...progress };
  delete rest[roadmapId];
  return rest;
}

type Phase = 'loading' | 'ready' | 'offline';

/**
 * Whether a change belongs in this browser: only for a visitor known to be signed out. While the
 * session is unknown (still loading, or the lookup failed) the server decides.
 */
export const keepsProgressInBrowser = (phase: Phase, user: MeUser | null) =>
  phase === 'ready' && !user;

/** The statuses shown for a roadmap: the account's when signed in, else this browser's. */
export function shownStatuses(
  state: { user: MeUser | null; account: ProgressTree; browser: ProgressTree },
  roadmapId: string,
): Record<string, TopicStatus> {
  return statusesOf(state.user ? state.account : state.browser, roadmapId);
}
