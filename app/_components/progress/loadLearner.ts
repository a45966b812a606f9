'use client';

import { mergeBrowserProgress } from '@/lib/progress/actions';
import {
  forgetMerged,
  mergeFailedMessage,
  mergeMessage,
  meUrl,
  needsMerge,
  noteKey,
  personalScope,
  reconcileAccount,
} from '@/lib/progress/browser-sync';
import { flattenProgress } from '@/lib/progress/local';
import type { MeResponse } from '@/lib/progress/personal-view';

import {
  browserTimeZone,
  learnerState,
  progressStorage,
  updateLearner,
  writeBrowserProgress,
} from './learnerStore';

/** Asks the server who is signed in (and their data for this page), then merges browser progress. */
export async function loadLearner(pathname: string) {
  updateLearner({ browser: progressStorage.read(), noteLoadedFor: undefined });
  const scope = personalScope(pathname);
  let body: MeResponse;
  try {
    const response = await fetch(meUrl(scope), { cache: 'no-store' });
    body = (await response.json()) as MeResponse;
  } catch {
    return updateLearner({ phase: 'offline' });
  }
  if ('error' in body) return updateLearner({ phase: 'offline' });
  const known = learnerState();
  updateLearner({
    phase: 'ready',
    signInAvailable: body.signInAvailable,
    user: body.user,
    account: reconcileAccount({ userId: known.user?.id, account: known.account }, body),
    notes: body.notes,
    projects: reconcileAccount(
      { userId: known.user?.id, account: known.projects },
      { user: body.user, progress: body.projects },
    ),
    checklists: reconcileAccount(
      { userId: known.user?.id, account: known.checklists },
      { user: body.user, progress: body.checklists },
    ),
    noteLoadedFor: scope.progress && scope.note ? noteKey(scope.progress, scope.note) : undefined,
  });
  if (needsMerge(body.user, known.browser)) {
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
    updateLearner({ notice: { tone: 'problem', message: mergeFailedMessage } });
    return false;
  }
  writeBrowserProgress(forgetMerged(progressStorage.read(), sent));
  updateLearner({
    notice: { tone: 'success', message: mergeMessage(result.data.merged, result.data.ignored) },
  });
  return result.data.merged > 0;
}
