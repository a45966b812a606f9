import 'server-only';

import { redirect } from 'next/navigation';

import { auth } from '@/auth';
import { signInPath } from '@/lib/routes';

/** The signed-in learner, or a redirect to sign in that comes back to `returnTo`. */
export async function requireUser(returnTo: string) {
  const session = await auth();
  if (!session?.user) redirect(signInPath(returnTo));
  return session.user;
}
