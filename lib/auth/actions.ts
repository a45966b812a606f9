'use server';

import { redirect } from 'next/navigation';

import { fieldsOf } from '@/lib/action';
import { signIn, signOut } from '@/lib/auth/config';
import { isGitHubConfigured } from '@/lib/auth/github';
import { signedOutPath } from '@/lib/routes';

import { safeRedirectPath } from './redirect';

/**
 * Starts the GitHub OAuth flow; a plain form posts here, so it works without JavaScript. The
 * header's button posts here on every page, configured or not: without a GitHub app the sign-in
 * page says so.
 */
export async function signInWithGitHub(formData: FormData) {
  if (!isGitHubConfigured) redirect('/signin');
  await signIn('github', { redirectTo: safeRedirectPath(fieldsOf(formData).redirectTo) });
}

/** Signs out and says so: the form version, which also works without JavaScript. */
export async function signOutOfWaymark() {
  await signOut({ redirectTo: signedOutPath });
}

/** Signs out and stays put: the header menu updates itself, then navigates on the client. */
export async function endSession() {
  await signOut({ redirect: false });
}
