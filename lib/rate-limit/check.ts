import 'server-only';

import { headers } from 'next/headers';

import { addressPolicy, env } from '@/lib/env';

import { clientAddressOf } from './address';
import { ipKey, judgeRate, learnerKey, signInKey, type RateVerdict } from './policy';
import { countWrite } from './queries';

/** The address the current request came from (lib/rate-limit/address.ts says how it is found). */
async function requestAddress(requestHeaders?: Headers): Promise<string> {
  return clientAddressOf(requestHeaders ?? (await headers()), addressPolicy);
}

/**
 * Counts this write against the learner and their address (a visitor's, `null`, against the
 * address alone), and says whether it may proceed.
 */
export async function checkWriteRate(userId: string | null): Promise<RateVerdict> {
  const now = new Date();
  const address = ipKey(await requestAddress());
  if (userId === null) {
    const [ipCount] = await countWrite([address], now);
    return judgeRate([{ count: ipCount!, limit: env.WAYMARK_WRITES_PER_MINUTE_PER_IP }], now);
  }
  const [learnerCount, ipCount] = await countWrite([learnerKey(userId), address], now);
  return judgeRate(
    [
      { count: learnerCount!, limit: env.WAYMARK_WRITES_PER_MINUTE },
      { count: ipCount!, limit: env.WAYMARK_WRITES_PER_MINUTE_PER_IP },
    ],
    now,
  );
}

/**
 * Counts the rows of a write that was already allowed as one (an import: one request, many
 * rows) against the same budgets. It never refuses the write under way — which may overdraw the
 * window — but the learner's and the address's next writes wait until the window ends, so rows
 * arrive no faster than the budget, whichever way they are sent.
 */
export async function spendWrites(userId: string, writes: number): Promise<void> {
  if (writes <= 0) return;
  await countWrite([learnerKey(userId), ipKey(await requestAddress())], new Date(), writes);
}

/** Counts one sign-in (an OAuth callback) against the address it came from. */
export async function checkSignInRate(requestHeaders: Headers): Promise<RateVerdict> {
  const now = new Date();
  const [count] = await countWrite([signInKey(await requestAddress(requestHeaders))], now);
  return judgeRate([{ count: count!, limit: env.WAYMARK_SIGN_INS_PER_MINUTE_PER_IP }], now);
}
