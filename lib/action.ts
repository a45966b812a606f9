import 'server-only';

import type { Route } from 'next';
import { redirect } from 'next/navigation';
import type { z } from 'zod';

import { entriesOf, fieldsOf, textOf } from './action/form-fields';
import { runOpenAction, runUserAction, type ActionSteps, type Handler } from './action/pipeline';
import type { ActionError, ActionResult, SessionUser } from './action/result';

/**
 * The action factories: each declares a server action in one expression, for one way of calling
 * it, and runs it through the one pipeline (lib/action/pipeline.ts): session → rate limit →
 * input → authorize → handler. An authorization step is one entry in the last argument:
 * `userAction('name', schema, handler, { authorize: mentorOfCohort })`.
 */

export { fieldsOf } from './action/form-fields';
export type { Authorize } from './action/pipeline';
export {
  InvalidInputError,
  type ActionError,
  type ActionResult,
  type SessionUser,
} from './action/result';

/**
 * A server action a form posts to: `(previous, formData) => result` as useActionState calls it.
 * A refused save carries the form's text back. `after` runs outside the action's error handling
 * once the write succeeded, for what must throw to work (`redirect`, signing out).
 */
export function formAction<S extends z.ZodType, T, G extends object = object>(
  name: string,
  schema: S,
  handler: Handler<S, T, G>,
  { after, ...steps }: ActionSteps<z.output<S>, G> & { after?: (data: T) => Promise<void> } = {},
) {
  return async (
    _previous: ActionResult<T> | null,
    formData: FormData,
  ): Promise<ActionResult<T>> => {
    const fields = fieldsOf(formData);
    const result = await runUserAction(name, schema, fields, handler, steps);
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
export function redirectingFormAction<S extends z.ZodType, T, G extends object = object>(
  name: string,
  schema: S,
  handler: Handler<S, T, G>,
  to: {
    saved: (data: T) => Route;
    refused: (error: ActionError, fields: Record<string, string>) => Route;
  },
  steps?: ActionSteps<z.output<S>, G>,
) {
  return async (formData: FormData): Promise<never> => {
    const fields = fieldsOf(formData);
    const result = await runUserAction(name, schema, fields, handler, steps);
    redirect(result.ok ? to.saved(result.data) : to.refused(result.error, textOf(fields)));
  };
}

/**
 * A server action called from code with one argument (not a form). It accepts anything, as a
 * server action must (anyone can post anything), and validates every call with its schema.
 */
export function userAction<S extends z.ZodType, T, G extends object = object>(
  name: string,
  schema: S,
  handler: Handler<S, T, G>,
  steps?: ActionSteps<z.output<S>, G>,
) {
  return async (input: unknown): Promise<ActionResult<T>> =>
    runUserAction(name, schema, input, handler, steps);
}

/**
 * A {@link userAction} as code holding typed values calls it: the export declares this type, so a
 * caller passes the schema's input object (never a rebuilt FormData) and TypeScript checks it.
 */
export type TypedAction<S extends z.ZodType, T> = (input: z.input<S>) => Promise<ActionResult<T>>;

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
    runOpenAction(name, schema, entriesOf(formData), handler);
}
