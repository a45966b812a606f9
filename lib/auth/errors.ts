export type SignInProblem = { title: string; detail: string };

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
