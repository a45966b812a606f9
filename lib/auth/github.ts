import 'server-only';

import GitHub, { type GitHubProfile } from 'next-auth/providers/github';

import { env } from '@/lib/env';
import { displayableName } from '@/lib/profile/input';

export const isGitHubConfigured = Boolean(env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET);

/**
 * GitHub sign-in. The account is keyed on GitHub's numeric user id (Auth.js's providerAccountId);
 * no e-mail is requested or stored, so two GitHub users can never be merged by address, and no
 * OAuth token is kept since Waymark never calls GitHub on the learner's behalf.
 */
export function gitHubProvider() {
  return GitHub({
    clientId: env.AUTH_GITHUB_ID,
    clientSecret: env.AUTH_GITHUB_SECRET,
    ...(env.AUTH_GITHUB_ENTERPRISE_URL
      ? { enterprise: { baseUrl: env.AUTH_GITHUB_ENTERPRISE_URL.replace(/\/$/, '') } }
      : {}),
    authorization: { params: { scope: 'read:user' } },
    // Auth.js defaults to PKCE alone. `state` too, bound to this browser by a cookie, so a
    // callback URL started elsewhere (an attacker's, against a provider that ignored the PKCE
    // challenge) can never sign this browser in.
    checks: ['pkce', 'state'],
    profile: (profile: GitHubProfile) => ({
      id: String(profile.id),
      // Shown to others on a public profile: the same rule as a typed display name.
      name: displayableName(profile.name) ?? profile.login,
      login: profile.login,
      email: null,
      image: profile.avatar_url,
    }),
    account: () => ({}),
  });
}
