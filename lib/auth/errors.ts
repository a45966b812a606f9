export type SignInProblem = { title: string; detail: string };

/** Our own code, for a sign-in refused by the per-address limit (lib/auth/sign-in-limit.ts). */
export const SIGN_IN_RATE_LIMITED = 'TooManySignIns';

const cancelled: SignInProblem = {
  title: 'Sign-in was cancelled',
  detail: 'GitHub did not grant access, so you are not signed in. Nothing was changed.',
};

/** Auth.js error codes (the `error` query parameter), explained for the learner. */
const problems: Record<string, SignInProblem> = {
  AccessDenied: cancelled,
  OAuthCallbackError: cancelled,
  Configuration: {
    title: 'GitHub sign-in is not working right now',
    detail:
      'GitHub could not be reached or did not accept this site’s credentials. Try again in a moment; if it keeps happening, the site’s GitHub app settings need a look.',
  },
  OAuthAccountNotLinked: {
    title: 'This GitHub account is linked elsewhere',
    detail: 'That GitHub account already belongs to another Waymark learner.',
  },
  [SIGN_IN_RATE_LIMITED]: {
    title: 'Too many sign-ins',
    detail:
      'Waymark has seen too many sign-ins from your network in the last minute, so this one was not completed. Wait a minute, then try again.',
  },
  MissingCSRF: {
    title: 'Sign-in expired',
    detail: 'The sign-in form was too old or came from another site. Please try again.',
  },
};

const unknownProblem: SignInProblem = {
  title: 'Sign-in did not complete',
  detail: 'Something went wrong while signing in with GitHub. Please try again.',
};

export function describeSignInError(code: unknown): SignInProblem | undefined {
  if (code === undefined || code === null || code === '') return undefined;
  return (typeof code === 'string' && problems[code]) || unknownProblem;
}
