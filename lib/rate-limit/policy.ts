import { addressBucket } from './address';

/** Writes are counted in fixed windows of this length, aligned to the epoch on every server. */
export const WINDOW_SECONDS = 60;

/** The counter keys of a write: the learner making it, and the address (or IPv6 /64) it came from. */
export const learnerKey = (userId: string) => `learner:${userId}`;
export const ipKey = (address: string) => `ip:${addressBucket(address)}`;
/** Sign-ins are counted apart from writes, per address. */
export const signInKey = (address: string) => `sign-in:${addressBucket(address)}`;

/** The window a moment falls in. */
export function windowStart(now: Date, windowSeconds = WINDOW_SECONDS): Date {
  const size = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / size) * size);
}

export type RateVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Whether a write may go ahead, given how many writes (this one included) each of its keys — the
 * learner, the IP address — has made in the current window. A refused write learns when the
 * window ends, which is when it may try again.
 */
export function judgeRate(
  checks: readonly { count: number; limit: number }[],
  now: Date,
  windowSeconds = WINDOW_SECONDS,
): RateVerdict {
  if (checks.every(({ count, limit }) => count <= limit)) return { allowed: true };
  const ends = windowStart(now, windowSeconds).getTime() + windowSeconds * 1000;
  return {
    allowed: false,
    retryAfterSeconds: Math.max(1, Math.ceil((ends - now.getTime()) / 1000)),
  };
}
