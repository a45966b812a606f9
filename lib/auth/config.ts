import 'server-only';

import { DrizzleAdapter } from '@auth/drizzle-adapter';
import { eq } from 'drizzle-orm';
import NextAuth, { type DefaultSession } from 'next-auth';

import { getDb } from '@/db';
import { accounts, sessions, users } from '@/db/schema';
import { gitHubProvider, isGitHubConfigured } from '@/lib/auth/github';
import { resolveAuthSecret } from '@/lib/auth/secret';
import { withSessionCeiling } from '@/lib/auth/sessions';
import { displayableName } from '@/lib/profile/input';

declare module 'next-auth' {
  interface User {
    login?: string | null;
    profilePublic?: boolean;
    showNotes?: boolean;
  }
  interface Session {
    user: {
      id: string;
      login: string | null;
      profilePublic: boolean;
      /** Whether the public profile shows this learner's notes. */
      notesPublic: boolean;
    } & DefaultSession['user'];
  }
}

// Configured lazily: the database opens on the first request that needs a session, never at build.
export const { handlers, auth, signIn, signOut } = NextAuth(async () => {
  const db = await getDb();
  return {
    adapter: withSessionCeiling(
      DrizzleAdapter(db, { usersTable: users, accountsTable: accounts, sessionsTable: sessions }),
      db,
    ),
    secret: resolveAuthSecret(),
    trustHost: true,
    providers: isGitHubConfigured ? [gitHubProvider()] : [],
    session: { strategy: 'database', maxAge: 30 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
    pages: { signIn: '/signin', error: '/signin/error' },
    callbacks: {
      // Only what the app reads: Auth.js passes the whole session row and user row in, and
      // whatever is returned here is also what /api/auth/session answers to any script on the
      // origin — the session token, time zone and creation date must stay out of it.
      session: ({ session, user }) => ({
        expires: session.expires,
        user: {
          id: user.id,
          image: user.image ?? null,
          // Names stored before GitHub names went through the display-name rule are cleaned here.
          name: displayableName(user.name) ?? user.login ?? null,
          login: user.login ?? null,
          profilePublic: user.profilePublic ?? false,
          notesPublic: (user.profilePublic ?? false) && (user.showNotes ?? false),
        },
      }),
    },
    events: {
      // Auth.js writes the profile only when it creates the user; keep login, name and avatar
      // current on every later sign-in too.
      async signIn({ user, profile, isNewUser }) {
        if (isNewUser || !profile || !user.id) return;
        await db
          .update(users)
          .set({
            login: typeof profile.login === 'string' ? profile.login : null,
            name:
              displayableName(profile.name) ??
              (typeof profile.login === 'string' ? profile.login : null),
            image: typeof profile.avatar_url === 'string' ? profile.avatar_url : null,
          })
          .where(eq(users.id, user.id));
      },
    },
  };
});
