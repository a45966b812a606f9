/**
 * Whether an error means the database could not be reached (refused, reset, timed out, shutting
 * down) rather than a bug or bad input: only then may a page say "temporarily unavailable".
 * Drivers and Drizzle wrap the network error, so the whole `cause` chain is searched.
 */
const networkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

// PostgreSQL: 08xxx connection exceptions, 57P01–57P03 shutdown and "cannot connect now".
const serverCodes = /^(08...|57P0[1-3])$/;

const lostConnection =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|database is unreachable/i;

export class DatabaseUnreachableError extends Error {
  constructor(cause?: unknown) {
    super('The database is unreachable.', { cause });
  }
}

export function isDatabaseUnreachable(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let current = error; current && !seen.has(current);) {
    seen.add(current);
    if (current instanceof DatabaseUnreachableError) return true;
    const { code, message, cause, errors } = current as {
      code?: unknown;
      message?: unknown;
      cause?: unknown;
      errors?: unknown;
    };
    if (typeof code === 'string' && (networkCodes.has(code) || serverCodes.test(code))) return true;
    if (typeof message === 'string' && lostConnection.test(message)) return true;
    // Node reports a refused connection to a host with several addresses as an AggregateError.
    if (Array.isArray(errors) && errors.some(isDatabaseUnreachable)) return true;
    current = cause;
  }
  return false;
}
