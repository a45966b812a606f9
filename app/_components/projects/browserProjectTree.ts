'use client';

import type { ActionResult } from '@/lib/action';
import { forgetMerged, needsMerge } from '@/lib/progress/browser-sync';
import { flattenTree, withEntry, type EntryTree } from '@/lib/progress/local';

import { browserTreeStorage } from '../browserStorage';
import { createStore, useStore } from '../clientStore';
import { learnerState, showNotice } from '../progress/learnerStore';

type Sent<E> = ({ roadmapId: string; projectId: string } & E)[];

/**
 * What a visitor keeps per step project in this browser (status and link; checklist ticks), under
 * its own localStorage key, and how it joins the account at sign-in: one merge at a time, newest
 * wins on the server, exactly the entries sent are forgotten after, a failed merge keeps them for
 * the next visit. `record` takes the merge's answer (the account's tree after it).
 */
export function browserProjectTree<
  E extends { updatedAt: string },
  Merged extends { merged: number; ignored: number },
>(options: {
  key: string;
  parse: (text: string | null) => EntryTree<E>;
  serialize: (tree: EntryTree<E>) => string;
  merge: (input: { entries: Sent<E> }) => Promise<ActionResult<Merged>>;
  record: (merged: Merged) => void;
  message: (merged: number, ignored: number) => string | undefined;
  failedMessage: string;
}) {
  const empty: EntryTree<E> = {};
  const browser = createStore(() => empty);
  const storage = browserTreeStorage(options.key, options);

  function write(tree: EntryTree<E>) {
    storage.write(tree);
    browser.set(tree);
  }

  async function mergeIntoAccount() {
    const sent = flattenTree(storage.read(), 'projectId');
    const result = await options.merge({ entries: sent }).catch(() => null);
    if (!result?.ok) return showNotice({ tone: 'problem', message: options.failedMessage });
    write(forgetMerged(storage.read(), sent, 'projectId'));
    options.record(result.data);
    const message = options.message(result.data.merged, result.data.ignored);
    // Topic progress (or another tree) may have merged just before: one notice says all.
    const shown = learnerState().notice;
    if (message) {
      showNotice({
        tone: shown?.tone ?? 'success',
        message: shown ? `${shown.message} ${message}` : message,
      });
    }
  }

  let merging: Promise<void> | undefined;
  return {
    /** This browser's tree, as components show it. */
    useBrowserTree: () => useStore(browser, (tree) => tree, empty),
    /** Keeps one project's entry in this browser, stamped now. */
    record(roadmapId: string, projectId: string, change: Omit<E, 'updatedAt'>) {
      const entry = { ...change, updatedAt: new Date().toISOString() } as E;
      write(withEntry(storage.read(), roadmapId, projectId, entry));
    },
    /** Run by the learner loader after each lookup: reads the tree, merges it when signed in. */
    async sync() {
      write(storage.read());
      if (!needsMerge(learnerState().user, browser.get())) return;
      merging ??= mergeIntoAccount().finally(() => (merging = undefined));
      await merging;
    },
  };
}
