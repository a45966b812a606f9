import 'server-only';

import { sql } from 'drizzle-orm';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';

import { getDb } from '@/db';
import { auth } from '@/lib/auth/config';
import { signInPath } from '@/lib/routes';

import { isWellFormedSessionToken, sessionCookieNames } from './session-token';

/** The database could not be asked who is signed in: not the same as "nobody is". */
class SessionUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The session could not be looked up: the database is unreachable.', { cause });
  }
}

/**
 * The current session, or null for a visitor or a cookie no session could have. Auth.js answers
 * "no session" when its database lookup fails; a request that carries a session cookie then checks
 * that the database answers, so an outage throws SessionUnavailableError instead of signing the
 * learner out in the UI.
 */
export async function currentSession() {
  const jar = await cookies();
  const tokens = sessionCookieNames.flatMap((name) => jar.get(name)?.value ?? []);
  if (!tokens.every(isWellFormedSessionToken)) return null;
  const session = await auth();
  if (session?.user) return session;
  if (tokens.length === 0) return null;
  try {
    await (await getDb()).execute(sql`select 1`);
  } catch (error) {
    throw new SessionUnavailableError(error);
  }
  return null; // an expired or unknown session: signed out
}

/** The signed-in learner, or a redirect to sign in that comes back to `returnTo`. */
export async function requireUser(returnTo: string) {
  const session = await currentSession();
  if (!session?.user) redirect(signInPath(returnTo));
  return session.user;
}
