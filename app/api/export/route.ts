import { headers } from 'next/headers';

import { getAccountExport } from '@/lib/account/queries';
import { currentSession } from '@/lib/auth/session';
import { noStoreHeaders } from '@/lib/http/no-store';
import { answerOrFail } from '@/lib/http/route-failure';

/** Downloads everything Waymark holds about the signed-in learner, as one JSON file. */
export async function GET() {
  return answerOrFail(
    { route: '/api/export', headers: await headers() },
    'Your data cannot be exported right now.',
    async () => {
      const session = await currentSession();
      const data = session?.user && (await getAccountExport(session.user.id));
      if (!data)
        return Response.json(
          { error: 'Sign in to export your data.' },
          { status: 401, headers: noStoreHeaders },
        );
      const day = data.exportedAt.slice(0, 10);
      const name = `waymark-${(data.profile.login ?? 'export').replace(/[^a-z0-9-]/gi, '')}-${day}.json`;
      return new Response(JSON.stringify(data, null, 2), {
        headers: {
          ...noStoreHeaders,
          'Content-Type': 'application/json; charset=utf-8',
          'Content-Disposition': `attachment; filename="${name}"`,
        },
      });
    },
  );
}
