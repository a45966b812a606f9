import 'server-only';

import type { Route } from 'next';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { z } from 'zod';

import { currentSession } from '@/lib/auth/session';
import { errorLine, requestIdOf, safeMessage } from '@/lib/log';
import { rateLimitedMessage, saveUnavailableMessage, signInToSaveMessage } from '@/lib/messages';
import { checkWriteRate } from '@/lib/rate-limit/check';

export type ActionError = {
  code: 'UNAUTHENTICATED' | 'INVALID_INPUT' | 'RATE_LIMITED' | 'UNAVAILABLE';
  message: string;
  /** Per-field messages for invalid input, keyed by field name. */
  fields?: Record<string, string>;
  /** For RATE_LIMITED: when the learner may write again (a server action cannot set headers). */
  retryAfterSeconds?: number;
  /**
   * A form's text fields as they were sent, on a refused form action: a page rendered without
   * JavaScript shows the learner's text again instead of losing it. Files are never echoed.
   */
  submitted?: Record<string, string>;
};

/** The one result shape of every server action. */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

export type SessionUser = { id: string; login: string | null };

/** Thrown by a handler for input it can only judge while running (e.g. a file's contents). */
export class InvalidInputError extends Error {
  constructor(
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

/**
 * Form fields by name, the first of a repeated field winning. A file stays a file, so a schema
 * expecting text refuses it rather than reading the field as missing. Anyone can call an action
 * with other arguments than its form sends: anything but form data has no fields.
 */
export function fieldsOf(formData: unknown): Record<string, FormDataEntryValue> {
  const fields: Record<string, FormDataEntryValue> = {};
  if (!(formData instanceof FormData)) return fields;
  for (const [name, value] of formData) fields[name] ??= value;
  return fields;
}

const unavailable: ActionError = { code: 'UNAVAILABLE', message: saveUnavailableMessage };

/**
 * Every action runs through here, in order: session → write rate (per learner and per address,
 * counted in the database) → validation → the handler, which authorises by writing only rows of
 * the session's user. The user id never comes from the client. Failures
 * become a typed error with a safe message; details go to the server log, never to the browser.
 */
export async function runUserAction<S extends z.ZodType, T>(
  name: string,
  schema: S,
  input: unknown,
  handler: (input: z.output<S>, user: SessionUser) => Promise<T>,
): Promise<ActionResult<T>> {
  // runAction refuses a visitor when signedInOnly is set, so the handler always gets a user.
  return runAction(name, schema, input, (data, user) => handler(data, user!), true);
}

/** {@link runUserAction}'s steps; with `signedInOnly` false a visitor's write counts per address. */
async function runAction<S extends z.ZodType, T>(
  name: string,
  schema: S,
  input: unknown,
  handler: (input: z.output<S>, user: SessionUser | null) => Promise<T>,
  signedInOnly: boolean,
): Promise<ActionResult<T>> {
  let user: SessionUser | undefined;
  try {
    const session = await currentSession();
    if (session?.user?.id) user = { id: session.user.id, login: session.user.login ?? null };
  } catch (error) {
    await logFailure(name, 'session lookup', error);
    return { ok: false, error: unavailable };
  }
  if (!user && signedInOnly) {
    return {
      ok: false,
      error: {
        code: 'UNAUTHENTICATED',
        message: signInToSaveMessage,
      },
    };
  }
  try {
    const rate = await checkWriteRate(user?.id ?? null);
    if (!rate.allowed) {
      const wait = rate.retryAfterSeconds;
      return {
        ok: false,
        error: {
          code: 'RATE_LIMITED',
          message: rateLimitedMessage(wait),
          retryAfterSeconds: wait,
        },
      };
    }
  } catch (error) {
    await logFailure(name, 'rate limit', error);
    return { ok: false, error: unavailable };
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues)
      fields[String(issue.path[0] ?? 'input')] ??= issue.message;
    return {
      ok: false,
      error: { code: 'INVALID_INPUT', message: Object.values(fields).join(' '), fields },
    };
  }
  try {
    return { ok: true, data: await handler(parsed.data, user ?? null) };
  } catch (error) {
    if (error instanceof InvalidInputError) {
      const { message, fields } = error;
      return { ok: false, error: { code: 'INVALID_INPUT', message, ...(fields && { fields }) } };
    }
    await logFailure(name, 'write', error);
    return { ok: false, error: unavailable };
  }
}

type Handler<S extends z.ZodType, T> = (input: z.output<S>, user: SessionUser) => Promise<T>;

/**
 * A server action a form posts to, declared in one expression: `(previous, formData) => result`
 * as useActionState calls it, running through {@link runUserAction}. A refused save carries the
 * form's text back. `after` runs outside the action's error handling once the write succeeded,
 * for what must throw to work (`redirect`, signing out).
 */
export function formAction<S extends z.ZodType, T>(
  name: string,
  schema: S,
  handler: Handler<S, T>,
  after?: (data: T) => Promise<void>,
) {
  return async (
    _previous: ActionResult<T> | null,
    formData: FormData,
  ): Promise<ActionResult<T>> => {
    const fields = fieldsOf(formData);
    const result = await runUserAction(name, schema, fields, handler);
    if (!result.ok) return { ok: false, error: { ...result.error, submitted: textOf(fields) } };
    await after?.(result.data);
    return result;
  };
}

/**
 * A server action a plain `<form action={…}>` posts to, without useActionState: its HTML carries
 * one hidden input instead of useActionState's four, which counts on a page with a form per step.
 * It answers with a redirect either way: to `saved(data)` after the write, or to
 * `refused(error, fields)`, a page that says why nothing was saved.
 */
export function redirectingFormAction<S extends z.ZodType, T>(
  name: string,
  schema: S,
  handler: Handler<S, T>,
  to: {
    saved: (data: T) => Route;
    refused: (error: ActionError, fields: Record<string, string>) => Route;
  },
) {
  return async (formData: FormData): Promise<never> => {
    const fields = fieldsOf(formData);
    const result = await runUserAction(name, schema, fields, handler);
    redirect(result.ok ? to.saved(result.data) : to.refused(result.error, textOf(fields)));
  };
}

/** A server action called from code with one argument (not a form), through {@link runUserAction}. */
export function userAction<S extends z.ZodType, T>(
  name: string,
  schema: S,
  handler: Handler<S, T>,
) {
  return async (input: unknown): Promise<ActionResult<T>> =>
    runUserAction(name, schema, input, handler);
}

/**
 * A form action anyone may post, signed in or not — grading a knowledge check: the same steps as
 * {@link formAction}, but a visitor's request counts against their address's write budget alone
 * and reaches the handler with no user. The schema sees every field with every repeated value
 * (checkboxes), in order, as `[name, value]` pairs.
 */
export function openFormAction<S extends z.ZodType, T>(
  name: string,
  schema: S,
  handler: (input: z.output<S>, user: SessionUser | null) => Promise<T>,
) {
  return async (_previous: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>> =>
    runAction(name, schema, entriesOf(formData), handler, false);
}

/** Every field of a form, repeated ones included, without React's own `$ACTION_…` fields. */
function entriesOf(formData: unknown): [string, FormDataEntryValue][] {
  if (!(formData instanceof FormData)) return [];
  return [...formData].filter(([name]) => !name.startsWith('$'));
}

const textOf = (fields: Record<string, FormDataEntryValue>) =>
  Object.fromEntries(
    Object.entries(fields).filter(
      (entry): entry is [string, string] =>
        typeof entry[1] === 'string' && !entry[0].startsWith('$'),
    ),
  );

async function logFailure(action: string, stage: string, error: unknown) {
  const requestId = requestIdOf(Object.fromEntries(await headers()));
  console.error(errorLine({ requestId, action, stage, message: safeMessage(error) }));
}
