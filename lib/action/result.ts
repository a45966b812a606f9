/** The typed result every server action answers with, and the errors it can carry. */

export type ActionError = {
  code: 'UNAUTHENTICATED' | 'INVALID_INPUT' | 'RATE_LIMITED' | 'FORBIDDEN' | 'UNAVAILABLE';
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
