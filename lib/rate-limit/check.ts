import 'server-only';

import { headers } from 'next/headers';

import { addressPolicy, env } from '@/lib/env';

import { clientAddressOf } from './address';
import { ipKey, judgeRate, learnerKey, type RateVerdict } from './policy';
import { countWrite } from './queries';

/** The address the current request came from (lib/rate-limit/address.ts says how it is found). */
export async function requestAddress(): Promise<string> {
  return clientAddressOf(await headers(), addressPolicy);
}

/** Counts this write against the learner and their address, and says whether it may proceed. */
export async function checkWriteRate(userId: string): Promise<RateVerdict> {
  const now = new Date();
  const [learnerCount, ipCount] = await countWrite(
    [learnerKey(userId), ipKey(await requestAddress())],
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
