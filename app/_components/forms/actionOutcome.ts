'use client';

import type { ActionResult } from '@/lib/action';
import { saveUnavailableMessage } from '@/lib/messages';

import { forgetSignedInUser, learnerState } from '../progress/learnerStore';

/** What a form does next, whichever action it called. */
export type Outcome<T> =
  | { kind: 'saved'; data: T }
  /** The session is gone: the store already forgot the learner; `wasSignedIn` tells the UI. */
  | { kind: 'signed-out'; wasSignedIn: boolean }
  | { kind: 'refused'; message: string };

/**
 * Calls a server action from a form with JavaScript and turns its result into one of three
 * outcomes: saved; signed out (the learner is forgotten, so changes fall back to this browser);
 * refused or unreachable, with the message to show (the caller rolls back its optimistic state).
 */
export async function runFormAction<T>(call: () => Promise<ActionResult<T>>): Promise<Outcome<T>> {
  const result = await call().catch(() => null);
  if (result?.ok) return { kind: 'saved', data: result.data };
  if (result?.error.code === 'UNAUTHENTICATED') {
    const wasSignedIn = learnerState().user !== null;
    forgetSignedInUser();
    return { kind: 'signed-out', wasSignedIn };
  }
  return { kind: 'refused', message: result?.error.message ?? saveUnavailableMessage };
}
