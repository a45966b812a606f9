import 'server-only';

import { headers } from 'next/headers';

import { env } from '@/lib/env';

import { ipKey, judgeRate, learnerKey, type RateVerdict } from './policy';
import { countWrite } from './queries';

/**
 * The address a request came from: the first hop of X-Forwarded-For, which Vercel and a reverse
 * proxy set (and `next start` fills from the socket when nothing sits in front).
 */
async function clientAddress(): Promise<string> {
  const forwarded = (await headers()).get('x-forwarded-for');
  return forwarded?.split(',')[0]?.trim() || 'unknown';
}

/** Counts this write against the learner and their address, and says whether it may proceed. */
export async function checkWriteRate(userId: string): Promise<RateVerdict> {
  const now = new Date();
  const [learnerCount, ipCount] = await countWrite(
    [learnerKey(userId), ipKey(await clientAddress())],
    now,
  );
  return judgeRate(
    [
      { count: learnerCount!, limit: env.WAYMARK_WRITES_PER_MINUTE },
      { count: ipCount!, limit: env.WAYMARK_WRITES_PER_MINUTE_PER_IP },
    ],
    now,
  );
}
