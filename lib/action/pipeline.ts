import 'server-only';

import { headers } from 'next/headers';
import type { z } from 'zod';

import { currentSession } from '@/lib/auth/session';
import { errorLine, requestIdOf, safeMessage } from '@/lib/log';
import {
  forbiddenMessage,
  rateLimitedMessage,
  saveUnavailableMessage,
  signInToSaveMessage,
} from '@/lib/messages';
import { checkWriteRate } from '@/lib/rate-limit/check';

import { InvalidInputError, type ActionError, type ActionResult, type SessionUser } from './result';

/**
 * An authorization step: given the validated input and the signed-in user, it answers what it
 * grants the handler (the cohort the user mentors, say) — or `false`, and the action is refused
 * as FORBIDDEN before the handler runs. It reads the user from the session, never from the input.
 */
export type Authorize<I, G extends object> = (input: I, user: SessionUser) => Promise<G | false>;

/** What a signed-in action's handler is given: the validated input, the user, what was granted. */
export type Handler<S extends z.ZodType, T, G extends object = object> = (
  input: z.output<S>,
  user: SessionUser,
  granted: G,
) => Promise<T>;

/** The steps an action declares besides its name, schema and handler. */
export type ActionSteps<I, G extends object> = {
  /** One authorization step, run after validation and before the handler. */
  authorize?: Authorize<I, G>;
};

const unavailable: ActionError = { code: 'UNAVAILABLE', message: saveUnavailableMessage };
const refused = (error: ActionError) => ({ ok: false, error }) as const;

/**
 * Every signed-in action runs through here, in order: session → write rate (per learner and per
 * address, counted in the database) → validation → authorization → the handler, which writes only
 * rows of the session's user. The user id never comes from the client. Each step's refusal is the
 * same typed error with a safe message; details go to the server log, never to the browser.
 */
export async function runUserAction<S extends z.ZodType, T, G extends object>(
  name: string,
  schema: S,
  input: unknown,
  handler: Handler<S, T, G>,
  steps: ActionSteps<z.output<S>, G> = {},
): Promise<ActionResult<T>> {
  const session = await sessionUser(name);
  if (!session.ok) return session;
  const user = session.data;
  if (!user) return refused({ code: 'UNAUTHENTICATED', message: signInToSaveMessage });
  const checked = await checkedInput(name, user, schema, input);
  if (!checked.ok) return checked;
  const granted = await authorized(name, checked.data, user, steps.authorize);
  if (!granted.ok) return granted;
  return handled(name, () => handler(checked.data, user, granted.data));
}

/**
 * The same steps for an action anyone may call: a visitor's write counts against their address's
 * budget alone and reaches the handler with no user. Nothing is authorized beyond that.
 */
export async function runOpenAction<S extends z.ZodType, T>(
  name: string,
  schema: S,
  input: unknown,
  handler: (input: z.output<S>, user: SessionUser | null) => Promise<T>,
): Promise<ActionResult<T>> {
  const session = await sessionUser(name);
  if (!session.ok) return session;
  const checked = await checkedInput(name, session.data, schema, input);
  if (!checked.ok) return checked;
  return handled(name, () => handler(checked.data, session.data));
}

/** The session's user, or null for a visitor. */
async function sessionUser(name: string): Promise<ActionResult<SessionUser | null>> {
  try {
    const session = await currentSession();
    if (!session?.user?.id) return { ok: true, data: null };
    return { ok: true, data: { id: session.user.id, login: session.user.login ?? null } };
  } catch (error) {
    await logFailure(name, 'session lookup', error);
    return refused(unavailable);
  }
}

/** Counts the write against the budgets, then validates the input: the rate comes first. */
async function checkedInput<S extends z.ZodType>(
  name: string,
  user: SessionUser | null,
  schema: S,
  input: unknown,
): Promise<ActionResult<z.output<S>>> {
  try {
    const rate = await checkWriteRate(user?.id ?? null);
    if (!rate.allowed) {
      const wait = rate.retryAfterSeconds;
      const message = rateLimitedMessage(wait);
      return refused({ code: 'RATE_LIMITED', message, retryAfterSeconds: wait });
    }
  } catch (error) {
    await logFailure(name, 'rate limit', error);
    return refused(unavailable);
  }
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues)
    fields[String(issue.path[0] ?? 'input')] ??= issue.message;
  return refused({ code: 'INVALID_INPUT', message: Object.values(fields).join(' '), fields });
}

/** Runs the authorization step, if the action declares one; with none, nothing extra is granted. */
async function authorized<I, G extends object>(
  name: string,
  input: I,
  user: SessionUser,
  authorize: Authorize<I, G> | undefined,
): Promise<ActionResult<G>> {
  // Without a step the handler's grant type stays the default `object`: an empty grant fits it.
  if (!authorize) return { ok: true, data: {} as G };
  try {
    const granted = await authorize(input, user);
    if (granted === false) return refused({ code: 'FORBIDDEN', message: forbiddenMessage });
    return { ok: true, data: granted };
  } catch (error) {
    await logFailure(name, 'authorize', error);
    return refused(unavailable);
  }
}

/** The handler's answer, or its failure as a typed error (input it refused, or unavailable). */
async function handled<T>(name: string, run: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await run() };
  } catch (error) {
    if (error instanceof InvalidInputError) {
      const { message, fields } = error;
      return refused({ code: 'INVALID_INPUT', message, ...(fields && { fields }) });
    }
    await logFailure(name, 'write', error);
    return refused(unavailable);
  }
}

async function logFailure(action: string, stage: string, error: unknown) {
  const requestId = requestIdOf(Object.fromEntries(await headers()));
  console.error(errorLine({ requestId, action, stage, message: safeMessage(error) }));
}
