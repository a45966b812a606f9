'use server';

import { fieldsOf } from '@/lib/action';
import { signIn, signOut } from '@/lib/auth/config';

import { safeRedirectPath } from './redirect';

/** Starts the GitHub OAuth flow; a plain form posts here, so it works without JavaScript. */
export async function signInWithGitHub(formData: FormData) {
  await signIn('github', { redirectTo: safeRedirectPath(fieldsOf(formData).redirectTo) });
}

/** Signs out and goes home: the form version, which also works without JavaScript. */
export async function signOutOfWaymark() {
  await signOut({ redirectTo: '/' });
}

/** Signs out and stays put: the header menu updates itself, then navigates on the client. */
export async function endSession() {
  await signOut({ redirect: false });
}
