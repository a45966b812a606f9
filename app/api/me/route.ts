import { auth } from '@/auth';
import { isGitHubConfigured } from '@/lib/auth/github';

export type MeResponse =
  | {
      signInAvailable: boolean;
      user: { name: string | null; login: string | null; image: string | null } | null;
    }
  | { error: string };

const personal = { 'Cache-Control': 'private, no-store' };

/**
 * Who is signed in, for the header of otherwise static pages: reader pages stay prerendered and
 * cacheable, and only this small request is personal.
 */
export async function GET() {
  try {
    const session = await auth();
    const user = session?.user
      ? {
          name: session.user.name ?? null,
          login: session.user.login,
          image: session.user.image ?? null,
        }
      : null;
    return Response.json({ signInAvailable: isGitHubConfigured, user } satisfies MeResponse, {
      headers: personal,
    });
  } catch (error) {
    console.error('[api/me] session lookup failed', error instanceof Error ? error.message : error);
    return Response.json({ error: 'Your account is unavailable right now.' } satisfies MeResponse, {
      status: 503,
      headers: personal,
    });
  }
}
